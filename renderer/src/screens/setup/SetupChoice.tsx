import { useEffect, useRef, type ReactNode } from 'react';
import { Alert, Typography } from 'antd';
import { ExperimentOutlined, ShopOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import { moveFocusByArrow, useNumberKeys } from '../../components/choice-keys';
import { ChoiceKeyHints } from '../../components/ChoiceKeyHints';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

interface SetupChoiceProps {
  /** Why the demo could not be built, if it was tried. */
  error: ErrorBody | null;
  onDemo(): void;
  onOwnStore(): void;
}

/** The first-run choice, side by side: try the demo store, or set up one's own. */
export function SetupChoice({ error, onDemo, onOwnStore }: SetupChoiceProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const choices: { key: string; icon: ReactNode; title: string; body: string; choose(): void }[] = [
    {
      key: 'demo',
      icon: <ExperimentOutlined />,
      title: t('setup.demo.title'),
      body: t('setup.demo.body'),
      choose: onDemo,
    },
    {
      key: 'own',
      icon: <ShopOutlined />,
      title: t('setup.own.title'),
      body: t('setup.own.body'),
      choose: onOwnStore,
    },
  ];

  useEffect(() => {
    buttons.current[0]?.focus();
  }, []);
  useNumberKeys(choices.length, (index) => choices[index]?.choose());

  return (
    <div className="setup-panel setup-choice">
      <Typography.Title level={2} className="setup-heading">
        {t('setup.chooseTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('setup.chooseHint')}</Typography.Paragraph>
      {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
      <div className="setup-choices">
        {choices.map((choice, index) => (
          <button
            key={choice.key}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className="setup-choice-button"
            data-testid={`setup-${choice.key}`}
            onClick={choice.choose}
            onKeyDown={(event) => moveFocusByArrow(event, buttons.current, index, choices.length)}
          >
            <span className="setup-choice-icon">{choice.icon}</span>
            <span className="setup-choice-title">{choice.title}</span>
            <span className="setup-choice-body">{choice.body}</span>
            <span className="setup-choice-number">{index + 1}</span>
          </button>
        ))}
      </div>
      <ChoiceKeyHints className="setup-keys" />
    </div>
  );
}
