import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStoredValue } from '@/components/hooks';
import { t } from '@/lib/i18n';
import { pick, type Locale } from '@/lib/model/localized';
import { editPolicy, hasSchoolEdits, type PolicyPath } from '@/lib/options/policy-edit';
import { POLICY_PRESETS, presetById } from '@/lib/policy/presets';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { exportPolicy, importPolicy, validatePolicy, type PolicyError } from '@/lib/policy/validate';
import { checkPolicy } from '@/lib/rules/policy-rules';
import { checkMoment, referenceDateSetting } from '@/lib/settings';
import { policySetting } from '@/lib/policy/setting';
import { downloadText } from '@/components/download';
import { PolicyBasics } from './PolicyBasics';
import { PolicyCalendar } from './PolicyCalendar';
import { PolicyCaps } from './PolicyCaps';
import { PolicyFiles } from './PolicyFiles';
import type { PolicyFormProps } from './PolicyParts';
import { PolicyTasks } from './PolicyTasks';
import { FileButton } from '@/components/FileButton';

type Status = { tone: 'ok' | 'error'; text: string } | null;

/** Choose a preset and apply it, asking first when that would throw away the school's edits. */
function PresetChooser({ locale, current, needsConfirm, onApply }: { locale: Locale; current: SchoolPolicy; needsConfirm: boolean; onApply: (preset: SchoolPolicy) => void }) {
  const [chosen, setChosen] = useState(presetById(current.id)?.id ?? POLICY_PRESETS[0]!.id);
  const [confirming, setConfirming] = useState(false);
  const preset = presetById(chosen)!;
  const apply = () => {
    setConfirming(false);
    onApply(preset);
  };
  return (
    <div class="preset">
      <div class="row">
        <label>
          {t(locale, 'optPresetLabel')}
          <select
            name="preset"
            value={chosen}
            onChange={(event) => {
              setChosen((event.target as HTMLSelectElement).value);
              setConfirming(false);
            }}
          >
            {POLICY_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-action="apply-preset" onClick={() => (needsConfirm ? setConfirming(true) : apply())}>
          {t(locale, 'optPresetApply')}
        </button>
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="preset-confirm-text">
          <p id="preset-confirm-text">{t(locale, 'optPresetConfirm', preset.name)}</p>
          <button type="button" data-action="confirm-preset" onClick={apply}>
            {t(locale, 'optPresetConfirmYes')}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            {t(locale, 'optCancel')}
          </button>
        </div>
      )}
    </div>
  );
}

function ErrorSummary({ locale, errors }: { locale: Locale; errors: readonly PolicyError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert">
      <p class="error-text">{t(locale, 'optPolicyInvalid', errors.length)}</p>
      <ul>
        {errors.map((error, i) => (
          <li key={i}>{pick({ zh: error.message, en: error.en }, locale)}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * 學校規定: the policy the rules read. The form edits a draft; every change is validated and
 * checked against the national schedule rules, and only a valid draft can be saved.
 */
export function PolicyEditor({ locale }: { locale: Locale }) {
  const saved = useStoredValue(policySetting);
  const referenceDate = useStoredValue(referenceDateSetting);
  const [draft, setDraft] = useState<SchoolPolicy | null>(null);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [importErrors, setImportErrors] = useState<PolicyError[]>([]);

  useEffect(() => {
    if (saved && !dirty) setDraft(saved);
  }, [saved]);

  const validation = useMemo(() => (draft ? validatePolicy(draft) : null), [draft]);
  const errors = validation && !validation.ok ? validation.errors : [];
  const findings = useMemo(
    () => (validation?.ok ? checkPolicy(validation.policy, { now: checkMoment(referenceDate ?? null) }) : []),
    [validation, referenceDate],
  );
  if (!saved || !draft) return null;

  const edit = (path: PolicyPath, value: unknown) => {
    setDraft((current) => (current ? editPolicy(current, path, value) : current));
    setDirty(true);
    setStatus(null);
  };
  const replaceWith = async (policy: SchoolPolicy, message: string) => {
    await policySetting.setValue(policy);
    setDraft(policy);
    setDirty(false);
    setImportErrors([]);
    setStatus({ tone: 'ok', text: message });
  };
  const save = async () => {
    if (!validation?.ok) return;
    await replaceWith(validation.policy, t(locale, 'optPolicySaved'));
  };
  const importFile = async (file: File) => {
    const result = importPolicy(await file.text());
    if (result.ok) await replaceWith(result.policy, t(locale, 'optPolicyImported', result.policy.name));
    else {
      setImportErrors(result.errors);
      setStatus({ tone: 'error', text: t(locale, 'optPolicyImportFailed', file.name) });
    }
  };
  const props: PolicyFormProps = { locale, policy: draft, errors, findings, edit };

  return (
    <section class="card" id="policy" aria-labelledby="policy-title">
      <h2 id="policy-title">{t(locale, 'optPolicyTitle')}</h2>
      <p class="help">{t(locale, 'optPolicyHelp')}</p>
      <p>
        {t(locale, 'optPolicyCurrent')}
        <strong data-policy-id={saved.id}>{saved.name}</strong>
        {hasSchoolEdits(saved) ? ` ${t(locale, 'optPolicyEdited')}` : ''}
      </p>
      <PresetChooser
        locale={locale}
        current={saved}
        needsConfirm={dirty || hasSchoolEdits(saved)}
        onApply={(preset) => void replaceWith(preset, t(locale, 'optPresetApplied', preset.name))}
      />
      <div class="row file-actions">
        <button type="button" class="secondary" data-action="export-policy" onClick={() => downloadText(exportPolicy(saved), `學校規定-${saved.id}.json`, 'application/json;charset=utf-8')}>
          {t(locale, 'optPolicyExport')}
        </button>
        <FileButton label={t(locale, 'optPolicyImport')} accept=".json,application/json" action="import-policy" onFile={importFile} />
      </div>
      {status && (
        <p class={status.tone === 'ok' ? 'ok-text' : 'error-text'} role="status">
          {status.text}
        </p>
      )}
      {importErrors.length > 0 && (
        <ul class="error-text import-errors">
          {importErrors.map((error, i) => (
            <li key={i}>{pick({ zh: error.message, en: error.en }, locale)}</li>
          ))}
        </ul>
      )}
      <form
        class="policy-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <PolicyBasics {...props} />
        <PolicyCaps {...props} />
        <PolicyFiles {...props} />
        <PolicyCalendar {...props} />
        <PolicyTasks {...props} />
        <div class="save-bar">
          <ErrorSummary locale={locale} errors={errors} />
          <button type="submit" data-action="save-policy" disabled={!dirty || !validation?.ok} onClick={(event) => {
            event.preventDefault();
            void save();
          }}>
            {t(locale, 'optPolicySave')}
          </button>{' '}
          <button
            type="button"
            class="secondary"
            disabled={!dirty}
            onClick={() => {
              setDraft(saved);
              setDirty(false);
            }}
          >
            {t(locale, 'optPolicyDiscard')}
          </button>
          {dirty && <span class="help"> {t(locale, 'optPolicyUnsaved')}</span>}
        </div>
      </form>
    </section>
  );
}
