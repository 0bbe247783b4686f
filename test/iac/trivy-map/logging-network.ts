/** Equivalences owned by the logging-network rule set: trivy-checks long id → Parapet rule ids. */
export const LOGGING_NETWORK: Readonly<Record<string, readonly string[]>> = {
  'aws-cloudtrail-enable-all-regions': ['aws-cloudtrail-multi-region'],
  'aws-cloudtrail-enable-log-validation': ['aws-cloudtrail-log-file-validation'],
  'aws-cloudtrail-encryption-customer-managed-key': ['aws-cloudtrail-kms-encryption'],
  'aws-cloudtrail-ensure-cloudwatch-integration': ['aws-cloudtrail-cloudwatch-logs'],
  'aws-cloudtrail-no-public-log-access': ['aws-cloudtrail-bucket-not-public'],
  'aws-cloudtrail-require-bucket-access-logging': ['aws-cloudtrail-bucket-access-logging'],
  // The CIS monitoring controls (no IaC examples in the corpus).
  'aws-cloudwatch-require-unauthorised-api-call-alarm': ['aws-cloudwatch-unauthorized-api-calls-alarm'],
  'aws-cloudwatch-require-non-mfa-login-alarm': ['aws-cloudwatch-console-signin-without-mfa-alarm'],
  'aws-cloudwatch-require-root-user-usage-alarm': ['aws-cloudwatch-root-usage-alarm'],
  'aws-cloudwatch-require-iam-policy-change-alarm': ['aws-cloudwatch-iam-policy-changes-alarm'],
  'aws-cloudwatch-require-cloud-trail-change-alarm': ['aws-cloudwatch-cloudtrail-changes-alarm'],
  'aws-cloudwatch-require-console-login-failures-alarm': ['aws-cloudwatch-console-auth-failures-alarm'],
  'aws-cloudwatch-require-cmk-disabled-alarm': ['aws-cloudwatch-kms-key-disable-deletion-alarm'],
  'aws-cloudwatch-require-s3-bucket-policy-change-alarm': ['aws-cloudwatch-s3-bucket-policy-changes-alarm'],
  'aws-cloudwatch-require-config-configuration-changes-alarm': ['aws-cloudwatch-config-changes-alarm'],
  'aws-cloudwatch-require-sg-change-alarms': ['aws-cloudwatch-security-group-changes-alarm'],
  'aws-cloudwatch-require-nacl-changes-alarm': ['aws-cloudwatch-nacl-changes-alarm'],
  'aws-cloudwatch-require-network-gateway-changes-alarm': ['aws-cloudwatch-network-gateway-changes-alarm'],
  'aws-cloudwatch-require-vpc-changes-alarm': ['aws-cloudwatch-vpc-changes-alarm'],
  'aws-cloudwatch-require-org-changes-alarm': ['aws-cloudwatch-organizations-changes-alarm'],
  'aws-ec2-no-public-ingress-acl': ['aws-vpc-nacl-admin-ports-open'],
  'aws-ec2-require-vpc-flow-logs-for-all-vpcs': ['aws-vpc-flow-logs-enabled'],
  'aws-ec2-no-public-ip-subnet': ['aws-vpc-subnet-no-public-ip'],
  'aws-ec2-restrict-all-in-default-sg': ['aws-vpc-default-security-group-closed'],
  'aws-ec2-enforce-http-token-imds': ['aws-ec2-instance-imdsv2'],
  'aws-ec2-enforce-launch-config-http-token-imds': ['aws-ec2-launch-template-imdsv2', 'aws-ec2-launch-configuration-imdsv2'],
  'aws-ec2-enable-at-rest-encryption': ['aws-ec2-instance-ebs-encrypted'],
  'aws-ec2-enable-launch-config-at-rest-encryption': ['aws-ec2-launch-configuration-ebs-encrypted'],
  'aws-ec2-no-public-ip': ['aws-ec2-launch-configuration-no-public-ip'],
  'aws-ec2-no-secrets-in-user-data': ['aws-ec2-instance-no-secrets-in-user-data'],
  'aws-ec2-no-secrets-in-launch-template-user-data': ['aws-ec2-launch-template-no-secrets-in-user-data'],
  // Titled as EBS encryption, but its examples are literal passwords in launch configuration user data.
  'aws-ec2-no-sensitive-info': ['aws-ec2-launch-configuration-no-secrets-in-user-data'],
  'aws-config-aggregate-all-regions': ['aws-config-aggregator-all-regions'],
  'aws-cloudwatch-log-group-customer-key': ['aws-cloudwatch-log-group-kms-encrypted'],
  // Not mapped:
  // - aws-ec2-no-excessive-port-access: its CloudFormation bad example is an entry without CidrBlock or
  //   Ipv6CidrBlock, which AWS rejects; aws-vpc-nacl-all-traffic-open judges all-traffic entries from
  //   the internet only, since allow-all from a private range is a normal design.
  // - aws-ec2-no-public-egress-sgr: AWS gives every security group an allow-all egress rule and most
  //   workloads need outbound HTTPS to AWS APIs; flagging every such rule is noise, not a finding.
  // - aws-ec2-no-default-vpc: declaring aws_default_vpc only adopts the VPC AWS already created; whether
  //   it is used is not visible in code.
};
