import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { policySetting, storeBaselinePolicy } from '@/lib/policy/setting';
import { NATIONAL_POLICY } from '@/lib/policy/national';
import { baselinePolicySetting, storedPolicySetting } from '@/lib/settings';
import { SAMPLE_SCHOOL_POLICY } from '../../portal/sample-school-policy';

beforeEach(() => fakeBrowser.reset());

describe('the stored school policy', () => {
  it('has the national baseline stored beside it at the background’s start, for pages before a school chooses', async () => {
    expect(await storedPolicySetting.getValue()).toBeNull();
    expect((await policySetting.getValue()).id).toBe(NATIONAL_POLICY.id);
    await storeBaselinePolicy();
    expect((await baselinePolicySetting.getValue())?.id).toBe(NATIONAL_POLICY.id);
    expect(await storedPolicySetting.getValue()).toBeNull();
  });

  it('never overwrites a school’s choice, even one made while the background starts', async () => {
    const starting = storeBaselinePolicy();
    await policySetting.setValue(SAMPLE_SCHOOL_POLICY);
    await starting;
    expect(await storedPolicySetting.getValue()).toEqual(SAMPLE_SCHOOL_POLICY);
    expect(await policySetting.getValue()).toEqual(SAMPLE_SCHOOL_POLICY);
  });
});
