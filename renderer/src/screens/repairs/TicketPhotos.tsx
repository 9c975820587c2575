import { useEffect, useState } from 'react';
import { Image, Space } from 'antd';
import type { RepairTicket } from '../../../../shared/contract/repairs';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n/context';

/** The photos taken at intake, fetched one by one when a ticket is opened (the ticket carries only their list). */
export function TicketPhotos({ ticket }: { ticket: RepairTicket }) {
  const api = useApi();
  const { t } = useI18n();
  const [sources, setSources] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all(
      ticket.photos.map((photo) =>
        api.call('repairs.photo', { ticketNo: ticket.ticketNo, photoNo: photo.photoNo }),
      ),
    ).then((results) => {
      if (live)
        setSources(results.flatMap((r) => (r.ok ? [`data:${r.value.mime};base64,${r.value.base64}`] : [])));
    });
    return () => {
      live = false;
    };
  }, [api, ticket.ticketNo, ticket.photos]);
  return (
    <Space wrap>
      {sources.map((src, i) => (
        <Image key={ticket.photos[i]?.photoNo ?? i} src={src} height={96} alt={t('repairs.photo.title')} />
      ))}
    </Space>
  );
}
