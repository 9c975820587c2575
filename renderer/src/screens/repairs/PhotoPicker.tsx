import { Button, Space, Typography } from 'antd';
import { CameraOutlined, PictureOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/context';

export interface Photo {
  mime: 'image/jpeg';
  base64: string;
  source: 'camera' | 'file';
  preview: string;
}

/** Photos are sent as JPEG no larger than this on their long side: enough to see a scratch, small to keep. */
const MAX_SIDE = 1600;

async function shrink(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file);
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
  const add = async (files: FileList | null, source: Photo['source']): Promise<void> => {
    const added = await Promise.all(
      [...(files ?? [])].slice(0, 6 - photos.length).map(async (file) => {
        const preview = await shrink(file);
        return { mime: 'image/jpeg' as const, base64: preview.split(',')[1] ?? '', source, preview };
      }),
    );
    onChange([...photos, ...added]);
  };
  const picker = (source: Photo['source']) => (
    <label className="repair-photo-button">
      <input
        type="file"
        accept="image/*"
        capture={source === 'camera' ? 'environment' : undefined}
        multiple={source === 'file'}
        hidden
        onChange={(e) => void add(e.target.files, source)}
      />
      {source === 'camera' ? <CameraOutlined /> : <PictureOutlined />}{' '}
      {t(source === 'camera' ? 'repairs.photo.camera' : 'repairs.photo.file')}
    </label>
  );
  return (
    <div className="repair-photos">
      <Space wrap>
        <Typography.Text strong>
          {t('repairs.photo.title')} {required && <Typography.Text type="danger">*</Typography.Text>}
        </Typography.Text>
        {picker('camera')}
        {picker('file')}
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
    </div>
  );
}
