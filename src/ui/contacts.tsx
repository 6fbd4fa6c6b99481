import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { mailtoHref, telHref } from '../core/contact-links';
import { checkContact, type ContactInput } from '../core/contacts';
import { isHttpUrl } from '../core/validate';
import type { Contact, FullApplication } from '../core/types';
import { binder } from './bind';
import { shownError } from './errors';
import { fieldId, TextArea, TextInput } from './field';
import { FormActions } from './form-actions';
import { errorLookup, useSubmit } from './form-errors';
import { t } from './i18n';

export interface ContactsProps {
  contacts: readonly Contact[];
  /** Another form of the page is open: no editing here meanwhile. */
  locked: boolean;
  level: 2 | 3;
  /** Adds (no id) or replaces a contact; resolves with the application as stored. */
  save: (contact: ContactInput) => Promise<FullApplication>;
  remove: (contactId: string) => Promise<FullApplication>;
  /** A write landed: the page takes the application, and says what changed. */
  onChanged: (detail: FullApplication, message: string) => void;
}

const EMPTY: ContactInput = { name: '', role: '', phone: '', email: '', link: '', note: '' };

/**
 * The people of an application (docs/method.md §3, §5): one click calls (`tel:`) or writes
 * (`mailto:`) with the system's own apps; added, edited and removed here. The interviewers of the
 * debriefs and the recovery contacts of a bad interview are already among them.
 */
export function Contacts(p: ContactsProps) {
  /** null: the list; a contact (without id: a new one) being edited. */
  const [editing, setEditing] = useState<ContactInput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const Heading = p.level === 2 ? 'h2' : 'h3';
  const close = () => {
    setEditing(null);
    setTimeout(() => addRef.current?.focus());
  };
  const remove = async (c: Contact) => {
    setError(null);
    try {
      p.onChanged(await p.remove(c.id), t('contactRemoved', c.name));
      addRef.current?.focus();
    } catch (e) {
      setError(shownError(e).message);
    }
  };
  return (
    <section class="contacts" aria-labelledby="contacts-heading">
      <Heading id="contacts-heading">{t('contactsHeading')}</Heading>
      <div role="alert" class="alert-region">
        {error && <p class="alert">{t(error)}</p>}
      </div>
      {p.contacts.length === 0 ? (
        <p class="hint">{t('contactsNone')}</p>
      ) : (
        <ul class="contact-list">
          {p.contacts.map((c) => (
            <li key={c.id} class="contact">
              <ContactCard contact={c} />
              <div class="contact-actions">
                <button
                  type="button"
                  class="link"
                  disabled={p.locked || editing !== null}
                  aria-label={t('contactEditLabel', c.name)}
                  onClick={() => setEditing({ ...c })}
                >
                  {t('contactEdit')}
                </button>
                <button
                  type="button"
                  class="link danger"
                  disabled={p.locked || editing !== null}
                  aria-label={t('contactRemoveLabel', c.name)}
                  onClick={() => void remove(c)}
                >
                  {t('contactRemove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <ContactForm
          initial={editing}
          save={p.save}
          onSaved={(d, name) => {
            p.onChanged(d, t(editing.id ? 'contactSaved' : 'contactAdded', name));
            close();
          }}
          onCancel={close}
        />
      ) : (
        <button ref={addRef} type="button" class="secondary small" disabled={p.locked} onClick={() => setEditing({ ...EMPTY })}>
          {t('contactAdd')}
        </button>
      )}
    </section>
  );
}

/** One contact: the name and role, then each way to reach them as a link. */
function ContactCard({ contact: c }: { contact: Contact }) {
  return (
    <>
      <p class="contact-name">
        <strong>{c.name}</strong>
        {c.role && <span class="contact-role">{` · ${c.role}`}</span>}
      </p>
      {(c.phone || c.email || c.link) && (
        <p class="contact-reach">
          {c.phone && (
            <a href={telHref(c.phone)} aria-label={t('contactCallLabel', [c.name, c.phone])}>
              {c.phone}
            </a>
          )}
          {c.email && (
            <a href={mailtoHref(c.email)} aria-label={t('contactWriteLabel', [c.name, c.email])}>
              {c.email}
            </a>
          )}
          {/* Checked at save and import; checked again here, as nothing but http(s) may become a link. */}
          {c.link && isHttpUrl(c.link) && (
            <a href={c.link} target="_blank" rel="noopener noreferrer" aria-label={t('contactProfileLabel', c.name)}>
              {t('contactProfile')}
            </a>
          )}
        </p>
      )}
      {c.note && <p class="contact-note">{c.note}</p>}
    </>
  );
}

interface ContactFormProps {
  initial: ContactInput;
  save: (contact: ContactInput) => Promise<FullApplication>;
  onSaved: (detail: FullApplication, name: string) => void;
  onCancel: () => void;
}

const INPUTS = [
  ['name', 'contactName', 'text'],
  ['role', 'contactRole', 'text'],
  ['phone', 'contactPhone', 'tel'],
  ['email', 'contactEmail', 'email'],
  ['link', 'contactLink', 'url'],
] as const;

function ContactForm({ initial, save, onSaved, onCancel }: ContactFormProps) {
  const [c, setC] = useState<ContactInput>(initial);
  const { formRef, attempted, saving, server, onSubmit } = useSubmit(
    () => checkContact(c),
    async (checked) => onSaved(await save(checked.value), checked.value.name),
  );
  useLayoutEffect(() => formRef.current?.querySelector<HTMLElement>('input')?.focus(), []);
  const check = attempted ? checkContact(c) : null;
  const err = errorLookup(check && !check.ok ? check.errors : [], server);
  const bind = binder(c, setC, err, 'contact.');
  return (
    <form
      ref={formRef}
      class="contact-form"
      noValidate
      aria-label={t(initial.id ? 'contactEditHeading' : 'contactAddHeading')}
      onSubmit={onSubmit}
      aria-busy={saving ? 'true' : undefined}
    >
      {INPUTS.map(([key, label, type]) => (
        <TextInput
          key={key}
          {...bind(key)}
          type={type}
          label={t(label)}
          required={key === 'name'}
          hint={key === 'link' ? t('contactLinkHint') : undefined}
        />
      ))}
      <TextArea {...bind('note')} id={fieldId('contact.note')} label={t('contactNote')} rows={2} />
      <FormActions server={server} saving={saving} saveLabel="formSave" onCancel={onCancel} />
    </form>
  );
}
