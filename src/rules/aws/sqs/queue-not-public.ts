import { defineRule } from '../../../core/index.js';
import { analyzeResourcePolicy, decided } from '../lib/policy.js';

export default defineRule({
  meta: {
    id: 'aws-sqs-queue-not-public',
    title: 'SQS queue policies do not grant access to everyone',
    severity: 'critical',
    provider: 'aws',
    service: 'sqs',
    resourceTypes: ['aws.sqs.queue'],
    description:
      'Checks that no Allow statement of the queue access policy names any principal ("*") without a condition that limits callers to known accounts, source resources, organisations or networks.',
    risk:
      'A public queue lets anyone inject messages that your consumers will process, or read and delete the messages meant for them.',
    remediation: {
      text: 'Replace "*" principals with the accounts, roles or services that need the queue, and tie service principals to their source with aws:SourceArn or aws:SourceAccount.',
      cli: 'aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes file://policy-attributes.json',
      terraform: 'resource "aws_sqs_queue_policy" "this" {\n  queue_url = aws_sqs_queue.this.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { Service = "sns.amazonaws.com" }\n      Action    = "sqs:SendMessage"\n      Resource  = aws_sqs_queue.this.arn\n      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.events.arn } }\n    }]\n  })\n}',
      cloudformation: 'Type: AWS::SQS::QueuePolicy\nProperties:\n  Queues: [!Ref Queue]\n  PolicyDocument:\n    Statement:\n      - Effect: Allow\n        Principal: { Service: sns.amazonaws.com }\n        Action: sqs:SendMessage\n        Resource: !GetAtt Queue.Arn\n        Condition: { ArnEquals: { aws:SourceArn: !Ref EventsTopic } }',
      console: 'SQS > Queues > queue > Access policy > Edit > remove or restrict the statements open to everyone > Save',
    },
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const policy = ctx.get('policy');
    if (policy === undefined || policy === null) return ctx.pass('The queue has no access policy: only identities of the account have access', 'policy');
    const v = decided(analyzeResourcePolicy(policy), 'policy');
    if (v.verdict === 'public') return ctx.fail(`The queue policy is public: ${v.reasons.join('; ')}`, 'policy');
    if (v.verdict === 'restricted') return ctx.pass(`The queue policy names any principal but limits callers: ${v.reasons.join('; ')}`, 'policy');
    return ctx.pass('The queue policy grants access to named principals only', 'policy');
  },
});
