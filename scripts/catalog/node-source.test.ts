import { afterAll, describe, expect, it } from 'vitest';
import { setCatalogSource } from '../../src/cloud/catalog/catalog-source';
import { globSource } from '../../src/cloud/catalog/glob-source';
import { getAwsManagedPolicy, listAwsManagedPolicies, loadAwsManagedPolicies, loadAwsManagedPolicyIndex } from '../../src/cloud/catalog/managed-policies';
import { findService, loadService, loadedService } from '../../src/cloud/catalog/services';
import { nodeCatalogSource, useNodeCatalog } from './node-source';

afterAll(() => setCatalogSource(globSource()));

describe('the Node catalogue source (for tsx scripts)', () => {
  it('serves the same data as the Vite source', async () => {
    const vite = await globSource().service('iam');
    useNodeCatalog();
    expect(loadedService('iam')).toBeUndefined(); // a new source starts empty
    expect(findService('IAM')?.name).toBe('AWS Identity and Access Management (IAM)');
    expect(await loadService('iam')).toEqual(vite);
    await loadAwsManagedPolicies(['arn:aws:iam::aws:policy/job-function/ViewOnlyAccess']);
    expect(getAwsManagedPolicy('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess')?.isJobFunction).toBe(true);
    await loadAwsManagedPolicyIndex();
    expect(listAwsManagedPolicies()).toHaveLength(1594);
  });

  it('never reads outside the generated folder, and says how to fix a missing one', async () => {
    const source = nodeCatalogSource();
    expect(await source.service('../services')).toBeUndefined();
    expect(await source.policyChunk('../services')).toEqual({});
    expect(() => nodeCatalogSource('/nonexistent')).toThrow(/npm run catalog/);
  });
});
