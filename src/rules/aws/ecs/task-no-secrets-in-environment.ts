import { defineRule } from '../../../core/index.js';
import { looksLikeSecret } from '../lib/secret-names.js';

export default defineRule({
  meta: {
    id: 'aws-ecs-task-no-secrets-in-environment',
    title: 'ECS task definitions keep credentials out of plain-text environment variables',
    severity: 'high',
    provider: 'aws',
    service: 'ecs',
    resourceTypes: ['aws.ecs.task-definition'],
    description:
      'Checks the names of the plain-text environment variables of each container for credentials (passwords, secret keys, tokens, API keys). Such values belong in the "secrets" section, which pulls them from Secrets Manager or Parameter Store at start-up.',
    risk:
      'Plain-text environment values are stored in the task definition, readable by anyone allowed ecs:DescribeTaskDefinition, copied into every revision and often into CI logs and infrastructure code.',
    remediation: {
      text: "Move each credential into Secrets Manager or a SecureString parameter and reference it from the container's \"secrets\" list; grant the task execution role access to those secrets only; then rotate the exposed values.",
      terraform: 'resource "aws_ecs_task_definition" "this" {\n  # ...\n  container_definitions = jsonencode([{\n    name    = "app"\n    image   = var.image\n    secrets = [{ name = "DATABASE_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]\n  }])\n}',
      cloudformation: 'Type: AWS::ECS::TaskDefinition\nProperties:\n  ContainerDefinitions:\n    - Name: app\n      Secrets:\n        - Name: DATABASE_PASSWORD\n          ValueFrom: !Ref DatabaseSecret',
      console: 'ECS > Task definitions > task > Create new revision > Container > Environment variables: change the type to ValueFrom and point at the secret > Create',
    },
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const names = ctx.list('environmentVariableNames').filter((n): n is string => typeof n === 'string');
    const secrets = names.filter(looksLikeSecret);
    if (secrets.length) return ctx.fail(`Plain-text environment variables look like credentials: ${secrets.join(', ')}`, 'environmentVariableNames');
    return ctx.pass(names.length ? 'No plain-text environment variable looks like a credential' : 'No plain-text environment variables', 'environmentVariableNames');
  },
});
