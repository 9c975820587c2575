import { useEffect } from 'react';
import type { BackupFailure, BackupStatus } from '../../../../shared/contract/backups';
import type { ErrorBody } from '../../../../shared/contract';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad, type Loaded } from '../../api/useLoad';

const loadStatus = (api: ApiClient) => api.call('backups.status', {});

/** The backups' status, loaded again whenever the core says a backup started, ended or was set up. */
export function useBackupStatus(): Loaded<BackupStatus> {
  const api = useApi();
  const loaded = useLoad(api, loadStatus);
  const { reload } = loaded;
  useEffect(() => api.onEvent((event) => void (event.type === 'backups.changed' && reload())), [api, reload]);
  return loaded;
}

/** A recorded failure as the error it was, so it reads in the screen's language. */
export const failureError = (failure: BackupFailure): ErrorBody => ({
  code: failure.code,
  message: failure.reason,
  details: { folder: failure.folder, reason: failure.reason },
});
