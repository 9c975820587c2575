import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { zhCN } from '../../renderer/src/i18n/zh-CN';
import { ERROR_MESSAGES } from '../../shared/contract/errors';
import { PERMISSIONS, ROLES } from '../../shared/domain/roles';

describe('i18n catalogs', () => {
  it('name every role and permission in both languages, so an approval prompt never shows a raw key', () => {
    for (const catalog of [zhCN, en] as Record<string, string>[]) {
      for (const role of ROLES) expect(catalog[`role.${role}`], role).toBeTruthy();
      for (const permission of PERMISSIONS)
        expect(catalog[`permission.${permission}`], permission).toBeTruthy();
    }
  });

  it('have English for every Chinese string and every error code', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [code, messages] of Object.entries(ERROR_MESSAGES)) {
      expect(messages.en, code).toBeTruthy();
      expect(messages['zh-CN'], code).toBeTruthy();
    }
  });
});
