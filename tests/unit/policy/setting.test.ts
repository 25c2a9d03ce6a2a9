import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensurePolicyStored, policySetting } from '@/lib/policy/setting';
import { NATIONAL_POLICY } from '@/lib/policy/national';
import { storedPolicySetting } from '@/lib/settings';
import { SAMPLE_SCHOOL_POLICY } from '../../portal/sample-school-policy';

beforeEach(() => fakeBrowser.reset());

describe('the stored school policy', () => {
  it('is stored as the national baseline at the background’s start when none is, so a page’s checker finds one', async () => {
    expect(await storedPolicySetting.getValue()).toBeNull();
    expect((await policySetting.getValue()).id).toBe(NATIONAL_POLICY.id);
    await ensurePolicyStored();
    expect((await storedPolicySetting.getValue())?.id).toBe(NATIONAL_POLICY.id);
  });

  it('leaves a school’s own policy as it is', async () => {
    await policySetting.setValue(SAMPLE_SCHOOL_POLICY);
    await ensurePolicyStored();
    expect(await storedPolicySetting.getValue()).toEqual(SAMPLE_SCHOOL_POLICY);
  });
});
