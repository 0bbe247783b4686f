import { defineRule } from '../../../core/index.js';
import { analyzeResourcePolicy, decided } from '../lib/policy.js';

export default defineRule({
  meta: {
    id: 'aws-sns-topic-not-public',
    title: 'SNS topic policies do not grant access to everyone',
    severity: 'critical',
    provider: 'aws',
    service: 'sns',
    resourceTypes: ['aws.sns.topic'],
    description:
      'Checks that no Allow statement of the topic access policy names any principal ("*") without a condition that limits callers to known accounts, source resources, organisations or networks.',
    risk:
      'A public topic lets anyone publish messages (spam, forged alerts, payloads for the subscribers to process) or subscribe their own endpoint and receive every notification.',
    remediation: {
      text: 'Replace "*" principals with the accounts, roles or services that need the topic, and tie service principals to their source with aws:SourceArn or aws:SourceAccount.',
      cli: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name Policy --attribute-value file://policy.json',
      terraform: 'resource "aws_sns_topic_policy" "this" {\n  arn = aws_sns_topic.this.arn\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { Service = "events.amazonaws.com" }\n      Action    = "sns:Publish"\n      Resource  = aws_sns_topic.this.arn\n      Condition = { ArnEquals = { "aws:SourceArn" = aws_cloudwatch_event_rule.this.arn } }\n    }]\n  })\n}',
      cloudformation: 'Type: AWS::SNS::TopicPolicy\nProperties:\n  Topics: [!Ref Topic]\n  PolicyDocument:\n    Statement:\n      - Effect: Allow\n        Principal: { Service: events.amazonaws.com }\n        Action: sns:Publish\n        Resource: !Ref Topic\n        Condition: { ArnEquals: { aws:SourceArn: !GetAtt Rule.Arn } }',
      console: 'SNS > Topics > topic > Edit > Access policy > remove or restrict the statements open to everyone > Save changes',
    },
    references: ['https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const policy = ctx.get('policy');
    if (policy === undefined || policy === null) return ctx.pass('The topic has no access policy: only identities of the account have access', 'policy');
    const v = decided(analyzeResourcePolicy(policy), 'policy');
    if (v.verdict === 'public') return ctx.fail(`The topic policy is public: ${v.reasons.join('; ')}`, 'policy');
    if (v.verdict === 'restricted') return ctx.pass(`The topic policy names any principal but limits callers: ${v.reasons.join('; ')}`, 'policy');
    return ctx.pass('The topic policy grants access to named principals only', 'policy');
  },
});
