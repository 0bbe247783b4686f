import type { UnknownCause } from '../../../core/index.js';
import { UnknownEvidenceError, defineRule } from '../../../core/index.js';
import { destinationText, routeViews } from './routes.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-main-route-table-no-internet-route',
    title: 'The main route table of a VPC has no route to an internet gateway',
    severity: 'low',
    provider: 'aws',
    service: 'vpc',
    resourceTypes: ['aws.ec2.route-table'],
    description:
      'Fails when the main route table of a VPC has an active route whose target is an internet gateway. Every subnet without an ' +
      'explicit route table association follows the main table, including subnets created later, so an internet route there makes ' +
      'new subnets public by default. AWS builds default VPCs this way; they fail too. Other tables are not applicable: a public ' +
      'table that subnets join on purpose is the intended design.',
    risk:
      'A subnet meant to be private is created without an association and instances in it that receive a public address are ' +
      'reachable from the internet (and can reach it) without anyone having decided so.',
    remediation: {
      text: 'Keep the main table with local (and private) routes only; put the internet route in a separate table and associate the public subnets with it explicitly.',
      cli: 'aws ec2 create-route-table --vpc-id VPC_ID\naws ec2 create-route --route-table-id PUBLIC_RTB_ID --destination-cidr-block 0.0.0.0/0 --gateway-id IGW_ID\naws ec2 associate-route-table --route-table-id PUBLIC_RTB_ID --subnet-id PUBLIC_SUBNET_ID\naws ec2 delete-route --route-table-id MAIN_RTB_ID --destination-cidr-block 0.0.0.0/0',
      terraform: '# The adopted main table keeps no internet route; public subnets use their own table\nresource "aws_default_route_table" "main" {\n  default_route_table_id = aws_vpc.main.default_route_table_id\n}\n\nresource "aws_route_table" "public" {\n  vpc_id = aws_vpc.main.id\n  route {\n    cidr_block = "0.0.0.0/0"\n    gateway_id = aws_internet_gateway.main.id\n  }\n}\n\nresource "aws_route_table_association" "public_a" {\n  subnet_id      = aws_subnet.public_a.id\n  route_table_id = aws_route_table.public.id\n}',
      console: 'VPC > Route tables > create a public table with the internet route > Subnet associations > add the public subnets; then edit the main table routes and remove the internet gateway route',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html#MainRouteTable', 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (!ctx.bool('main')) return ctx.notApplicable('Not the main route table of its VPC');
    let pending: { index: number; cause: UnknownCause } | undefined;
    for (const r of routeViews(ctx.list('routes'))) {
      if (r.unknown) {
        pending ??= { index: r.index, cause: r.unknown };
        continue;
      }
      if (r.blackhole) continue;
      if ('unknown' in r.targetKind) pending ??= { index: r.index, cause: r.targetKind.unknown };
      else if ('known' in r.targetKind && r.targetKind.known === 'internet-gateway') {
        const via = 'known' in r.targetId ? r.targetId.known : 'an internet gateway';
        return ctx.fail(`The main route table sends ${destinationText(r)} to ${via}`, `routes.${r.index}`);
      }
    }
    if (pending) throw new UnknownEvidenceError(`routes.${pending.index}`, pending.cause);
    return ctx.pass('The main route table has no route to an internet gateway', 'routes');
  },
});
