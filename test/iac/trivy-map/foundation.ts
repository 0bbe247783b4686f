/** Equivalences for the first rules (S3, security groups, EBS, RDS). */
export const FOUNDATION: Readonly<Record<string, readonly string[]>> = {
  'aws-s3-enable-versioning': ['aws-s3-bucket-versioning'],
  'aws-s3-enable-logging': ['aws-s3-bucket-access-logging'],
  'aws-ec2-enable-volume-encryption': ['aws-ec2-ebs-volume-encrypted'],
  'aws-rds-encrypt-instance-storage-data': ['aws-rds-instance-storage-encrypted'],
  'aws-rds-enable-public-access': ['aws-rds-instance-not-public'],
  'aws-ec2-no-public-ingress-sgr': ['aws-ec2-security-group-admin-ports-open', 'aws-ec2-security-group-all-ports-open'],
  'aws-ec2-add-description-to-security-group-rule': ['aws-ec2-security-group-rule-description'],
};
