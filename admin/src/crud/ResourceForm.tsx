import { Fragment, useEffect, useRef } from 'react';
import { SaveButton, SimpleForm, Toolbar } from 'react-admin';
import type { InputFieldModel } from '../schema/schema-model';
import { inputElement, type FormMode } from './input-kinds';

const FOCUSABLE =
  'input:not([type=hidden]):not([disabled]):not([aria-hidden=true]), textarea:not([disabled]), div[role=combobox]';

/**
 * Puts the cursor in the form's first field once it shows. (The `autoFocus` prop would do it for
 * text inputs, but makes MUI's autocomplete call its focus handler while React is rendering.)
 */
const FocusFirstField = () => {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() =>
      marker.current?.closest('form')?.querySelector<HTMLElement>(FOCUSABLE)?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, []);
  return <span ref={marker} hidden />;
};

/** Save only: records are never deleted. Enter in any field submits. */
const SaveToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** A form of the given inputs; the first one takes the focus. */
export const ResourceForm = ({ inputs, mode }: { inputs: readonly InputFieldModel[]; mode: FormMode }) => (
  <SimpleForm toolbar={<SaveToolbar />} sx={{ maxWidth: 640 }}>
    <FocusFirstField />
    {inputs.map(input => (
      <Fragment key={input.name}>{inputElement(input, mode)}</Fragment>
    ))}
  </SimpleForm>
);
