/** A module whose resources exist only when `enabled` is true; it defaults to false. */
export const OPTIONAL_MODULE = {
  'main.tf': `
variable "enabled" {
  type    = bool
  default = false
}
module "logs" {
  source  = "./modules/logs"
  enabled = var.enabled
}
`,
  'modules/logs/main.tf': `
variable "enabled" {
  type    = bool
  default = false
}
resource "aws_s3_bucket" "logs" {
  count  = var.enabled ? 1 : 0
  bucket = "logs"
}
`,
};
