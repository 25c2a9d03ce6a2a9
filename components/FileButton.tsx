/**
 * A button that opens the file picker and hands over the chosen file. The input
 * is cleared afterwards, so choosing the same file again (a corrected export)
 * still reads it.
 */
export function FileButton({ label, accept, action, onFile, danger = false }: { label: string; accept: string; action: string; onFile: (file: File) => unknown; danger?: boolean }) {
  return (
    <label class={danger ? 'file-button danger' : 'file-button'}>
      {label}
      <input
        type="file"
        accept={accept}
        data-action={action}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) void onFile(file);
        }}
      />
    </label>
  );
}
