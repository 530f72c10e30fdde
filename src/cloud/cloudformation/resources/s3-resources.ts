import { physicalName } from '../template/physical-name';
import { json, text, type ResourceHandler } from './resource-handler';

/** AWS::S3::Bucket: s3:CreateBucket; Ref is the name; deleting an emptied bucket (a full one fails, as AWS). */
export const s3Bucket: ResourceHandler = {
  create(props, ctx, call) {
    const name = text(props.BucketName) ?? physicalName(ctx.stackName, ctx.logicalId, ctx.stackId, 'bucket', 63);
    call('s3:CreateBucket', { Bucket: name, ...(ctx.region !== 'us-east-1' && { CreateBucketConfiguration: { LocationConstraint: ctx.region } }) });
    return {
      physicalId: name, ref: name,
      attributes: {
        Arn: `arn:aws:s3:::${name}`, DomainName: `${name}.s3.amazonaws.com`,
        RegionalDomainName: `${name}.s3.${ctx.region}.amazonaws.com`, DualStackDomainName: `${name}.s3.dualstack.${ctx.region}.amazonaws.com`,
        WebsiteURL: `http://${name}.s3-website.${ctx.region}.amazonaws.com`,
      },
    };
  },
  delete(name, _props, call) {
    call('s3:DeleteBucket', { Bucket: name });
  },
};

/** AWS::S3::BucketPolicy: s3:PutBucketPolicy on the bucket; Ref is the bucket name (unconfirmed in the docs). */
export const s3BucketPolicy: ResourceHandler = {
  create(props, _ctx, call) {
    const bucket = text(props.Bucket) ?? '';
    call('s3:PutBucketPolicy', { Bucket: bucket, Policy: json(props.PolicyDocument) });
    return { physicalId: bucket, ref: bucket, attributes: {} };
  },
  delete(bucket, _props, call) {
    call('s3:DeleteBucketPolicy', { Bucket: bucket });
  },
};
