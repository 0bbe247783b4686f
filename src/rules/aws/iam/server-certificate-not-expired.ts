import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-iam-server-certificate-not-expired',
    title: 'Expired TLS certificates are removed from IAM',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.server-certificate'],
    description: 'Checks that no server certificate stored in IAM has passed its expiration date (CIS AWS Foundations). Live accounts only.',
    risk:
      'An expired certificate that is still stored can be attached to a load balancer or CloudFront by mistake, breaking TLS for clients ' +
      'or training them to click through warnings; it also clutters the inventory that incident responders rely on.',
    remediation: {
      text: 'Confirm the certificate is no longer attached anywhere, then delete it. Prefer AWS Certificate Manager, which renews certificates automatically.',
      cli: 'aws iam list-server-certificates\naws iam delete-server-certificate --server-certificate-name NAME',
      console: 'IAM server certificates have no console page: use the AWS CLI or API',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('Certificate expiry is judged on live accounts');
    const exp = ctx.string('expiration');
    if (!exp) return ctx.fail('The certificate has no expiration date recorded', 'expiration');
    if (Date.parse(exp) < ctx.now.getTime()) return ctx.fail(`The certificate expired on ${exp}`, 'expiration');
    return ctx.pass(`The certificate is valid until ${exp}`, 'expiration');
  },
});
