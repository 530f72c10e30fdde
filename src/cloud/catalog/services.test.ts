import { describe, it, expect } from 'vitest';
import { findService, listServices, loadAllServices, loadService, loadServices, loadedService } from './services';

describe('service catalogue', () => {
  it('lists every service synchronously, sorted by prefix', () => {
    const services = listServices();
    expect(services).toHaveLength(456);
    expect(services.map((s) => s.prefix)).toEqual(services.map((s) => s.prefix).sort());
    expect(findService('S3')).toEqual({ prefix: 's3', name: 'Amazon S3' });
    expect(findService('nope')).toBeUndefined();
  });

  it('loads one service on demand, keyed lower-case with canonical names', async () => {
    expect(loadedService('sts')).toBeUndefined();
    const s3 = await loadService('S3');
    expect(loadedService('s3')).toBe(s3);
    expect(s3?.actions.getobject).toMatchObject({ name: 'GetObject', accessLevel: 'Read' });
    expect(s3?.actions.getobject?.resourceTypes).toContainEqual({ name: 'object', required: false });
    expect(s3?.resourceTypes.bucket?.arnFormats).toEqual(['arn:${Partition}:s3:::${BucketName}']);
    expect(s3?.conditionKeys['s3:prefix']).toEqual({ key: 's3:prefix', type: 'String' });
    expect(await loadService('nope')).toBeUndefined();
  });

  it('maps compound access levels to the first, as the console shows them', async () => {
    await loadServices(['iam', 'ec2']);
    expect(loadedService('iam')?.actions.putrolepolicy?.accessLevel).toBe('Permissions management');
    expect(loadedService('iam')?.actions.tagrole?.accessLevel).toBe('Tagging');
    expect(loadedService('iam')?.actions.listroles?.accessLevel).toBe('List');
    expect(loadedService('iam')?.actions.passrole?.conditionKeys).toContain('iam:PassedToService');
  });

  it('gives an action the condition keys of its resource rows too', async () => {
    const ec2 = await loadService('ec2');
    const run = ec2?.actions.runinstances;
    expect(run?.conditionKeys).toEqual(expect.arrayContaining(['ec2:Region', 'ec2:InstanceType', 'aws:RequestTag/${TagKey}']));
    expect(run?.resourceTypes.find((r) => r.name === 'image')?.required).toBe(true);
  });

  it('loads them all, each with only the allowed access levels', async () => {
    await loadAllServices();
    const levels = new Set<string>();
    for (const { prefix } of listServices()) {
      const service = loadedService(prefix);
      expect(service?.prefix, prefix).toBe(prefix);
      Object.values(service!.actions).forEach((a) => levels.add(a.accessLevel));
    }
    expect([...levels].sort()).toEqual(['List', 'Permissions management', 'Read', 'Tagging', 'Write']);
  });
});
