import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Modal } from 'antd';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';

/**
 * The till's camera (video only: the shell grants nothing else) in a dialog; Space takes the picture at
 * the camera's own size (the picker scales it down as it does a file).
 */
export function CameraCapture({ onTaken, onClose }: { onTaken(picture: Blob): void; onClose(): void }) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let live = true;
    navigator.mediaDevices
      .getUserMedia({ video: true, audio: false })
      .then((opened) => {
        stream = opened;
        if (!live) return opened.getTracks().forEach((track) => track.stop());
        if (video.current) video.current.srcObject = opened;
      })
      .catch(() => setFailed(true));
    return () => {
      live = false;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  const take = (): void => {
    const element = video.current;
    if (!element || element.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = element.videoWidth;
    canvas.height = element.videoHeight;
    canvas.getContext('2d')?.drawImage(element, 0, 0);
    canvas.toBlob((picture) => picture && onTaken(picture), 'image/jpeg', 0.9);
  };
  useHotkeys({ ' ': take }, 'dialog');

  return (
    <Modal
      open
      title={t('repairs.photo.camera')}
      onCancel={onClose}
      footer={
        // focused, so Space never lands on the dialog's close button
        <Button type="primary" autoFocus disabled={failed} onClick={take}>
          {t('repairs.photo.take')} <Kbd>Space</Kbd>
        </Button>
      }
    >
      {failed ? (
        <Alert type="warning" showIcon title={t('repairs.photo.noCamera')} />
      ) : (
        <video ref={video} autoPlay playsInline muted className="repair-camera" />
      )}
    </Modal>
  );
}
