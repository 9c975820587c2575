import { useRef, useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { CameraOutlined, PictureOutlined } from '@ant-design/icons';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { CameraCapture } from './CameraCapture';

export interface Photo {
  mime: 'image/jpeg';
  base64: string;
  source: 'camera' | 'file';
  preview: string;
}

/** Photos are sent as JPEG no larger than this on their long side: enough to see a scratch, small to keep. */
const MAX_SIDE = 1600;

async function shrink(image: Blob): Promise<string> {
  const bitmap = await createImageBitmap(image);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', 0.8);
}

/** Photos of the item from the camera (the capture input on a tablet or webcam) or from a file. */
export function PhotoPicker({
  photos,
  onChange,
  required,
}: {
  photos: Photo[];
  onChange(photos: Photo[]): void;
  required: boolean;
}) {
  const { t } = useI18n();
  const [camera, setCamera] = useState(false);
  const add = async (images: readonly Blob[], source: Photo['source']): Promise<void> => {
    const added = await Promise.all(
      images.slice(0, 6 - photos.length).map(async (image) => {
        const preview = await shrink(image);
        return { mime: 'image/jpeg' as const, base64: preview.split(',')[1] ?? '', source, preview };
      }),
    );
    onChange([...photos, ...added]);
  };
  const taken = (picture: Blob): void => {
    setCamera(false);
    void add([picture], 'camera');
  };
  const fileInput = useRef<HTMLInputElement>(null);
  useHotkeys({ F10: () => setCamera(true), 'Shift+F10': () => fileInput.current?.click() });
  return (
    <div className="repair-photos">
      <Space wrap>
        <Typography.Text strong>
          {t('repairs.photo.title')} {required && <Typography.Text type="danger">*</Typography.Text>}
        </Typography.Text>
        <Button icon={<CameraOutlined />} onClick={() => setCamera(true)}>
          {t('repairs.photo.camera')} <Kbd>F10</Kbd>
        </Button>
        <label className="repair-photo-button">
          <input
            ref={fileInput}
            type="file"
            accept="image/*"
            multiple
            hidden
            onChange={(e) => void add([...(e.target.files ?? [])], 'file')}
          />
          <PictureOutlined /> {t('repairs.photo.file')} <Kbd>Shift+F10</Kbd>
        </label>
      </Space>
      <Space wrap>
        {photos.map((photo, i) => (
          <span key={photo.preview.slice(-32) + String(i)} className="repair-photo">
            <img src={photo.preview} alt={t('repairs.photo.title')} />
            <Button size="small" onClick={() => onChange(photos.filter((_, j) => j !== i))}>
              {t('repairs.photo.remove')}
            </Button>
          </span>
        ))}
      </Space>
      {camera && <CameraCapture onTaken={taken} onClose={() => setCamera(false)} />}
    </div>
  );
}
