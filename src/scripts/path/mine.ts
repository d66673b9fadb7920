/**
 * Following a path as its reader: mark steps read (kept per path in this browser), answer
 * its questions and weigh its pros and cons with the very controls their pages have (saved
 * in the same record, by the worksheet island), and at the end send it all back in one link.
 */
import { keepForOffline } from '../offline/keep';
import { pathFragment } from '../../lib/path/pathLink';
import { NAME_MAX, replyValue, tidyName } from '../../lib/path/pathReply';
import { pathKey, withReadMark } from '../../lib/path/pathStore';
import type { Answers } from '../../lib/reflection/answers';
import { WEIGH_QUESTION, WEIGHT_LABELS } from '../../lib/reflection/weights';
import type { Shown } from './follower';
import { announce, app, button, copy, el, follow, pageUrl, saveNow, setStore, store } from './shared';

/** What the worksheet island offers a page that embeds it (reflection-worksheet.ts). */
interface Island {
  answers(): Answers;
}

/** Shows the reader's own controls; returns what redraws the read marks when another tab changes them. */
export function followMine(shown: Shown): () => void {
  const { path, steps, sectionsShown, progress } = shown;
  const key = pathKey(path);
  progress.setAttribute('aria-live', 'polite');
  sectionsShown.forEach((section, index) => {
    const step = steps[index]!;
    if (step.point) {
      const slot = el('div');
      slot.dataset.weigh = step.point;
      section.insertBefore(slot, section.querySelector('.path-note, .path-go'));
    }
    const read = el('label', undefined, 'path-read');
    const box = el('input');
    box.type = 'checkbox';
    box.dataset.id = step.id;
    read.append(box, 'Mark as read');
    section.append(read);
  });
  const boxes = () => follow.querySelectorAll<HTMLInputElement>('input[data-id]');
  const showProgress = () => {
    const marked = new Set(store.read[key] ?? []);
    let count = 0;
    for (const box of boxes()) {
      box.checked = marked.has(box.dataset.id!);
      if (box.checked) count++;
    }
    progress.textContent = `${count} of ${steps.length} read`;
  };
  follow.querySelector('ol')!.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (!box.dataset.id) return;
    setStore(withReadMark(store, key, box.dataset.id, box.checked));
    saveNow();
    showProgress();
  });
  showProgress();
  follow.append(sendBack(shown, key));
  embedding = embedWorksheets().catch(() => false);
  return showProgress;
}

/**
 * Puts the worksheet of each question step, and the weighing control of each pro or con
 * step, in place: the very worksheet /reflection/ serves (our own page, parsed, never the
 * link's text) with its styles, cut to that one question, or carrying that one control, then
 * the island that brings them to life. Answers and weights are saved exactly as there.
 */
/** Whether the worksheets arrived (false: they could not be loaded); pending while they load. */
let embedding: Promise<boolean> | undefined;

async function embedWorksheets(): Promise<boolean> {
  const slots = [...follow.querySelectorAll<HTMLElement>('[data-worksheet], [data-weigh]')];
  if (slots.length === 0) return true;
  // Only the two parts we need are parsed: a parsed <style> would trip the page's CSP.
  const html = await fetch(app.dataset.reflection!)
    .then((response) => (response.ok ? response.text() : ''))
    .catch(() => '');
  const markup = /<reflection-worksheet[\s\S]*?<\/reflection-worksheet>/.exec(html)?.[0];
  const styles = [...html.matchAll(/<style[^>]*>([^<]*)<\/style>/g)].find((match) =>
    match[1]!.includes('.rf-q'),
  )?.[1];
  const whole =
    markup &&
    new DOMParser().parseFromString(markup, 'text/html').querySelector<HTMLElement>('reflection-worksheet');
  if (!whole || !styles) return false;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (const slot of slots) {
    const point = slot.dataset.weigh;
    const worksheet = document.importNode(whole, !point);
    worksheet.removeAttribute('data-whole');
    if (point) {
      // The pro/con page's control (WeighFieldset.astro): four radios named by the page id.
      const fieldset = el('fieldset', undefined, 'rf-q');
      fieldset.dataset.w = '';
      fieldset.append(el('legend', WEIGH_QUESTION));
      WEIGHT_LABELS.forEach((label, weight) => {
        const radio = el('input');
        radio.type = 'radio';
        radio.name = point;
        radio.value = String(weight);
        const option = el('label');
        option.append(radio, label);
        fieldset.append(option);
      });
      worksheet.append(
        el('p', 'Your weights stay in this browser until you send them back.', 'rf-private'),
        fieldset,
      );
      slot.replaceChildren(worksheet);
      continue;
    }
    for (const part of worksheet.querySelectorAll('.rf-shared, .rf-summary, .rf-bal, .rf-tools, .rf-link'))
      part.remove();
    for (const fieldset of worksheet.querySelectorAll<HTMLElement>('fieldset[data-q]')) {
      if (fieldset.dataset.q !== slot.dataset.worksheet) fieldset.remove();
    }
    if (worksheet.querySelector('fieldset')) slot.replaceChildren(worksheet);
  }
  const island = follow.querySelector<HTMLElement>('reflection-worksheet')?.dataset.src;
  // Kept for offline with the path (issue 22): the worksheet's page and its island.
  keepForOffline([app.dataset.reflection!, ...(island ? [new URL(island, location.href).href] : [])]);
  if (island) await import(/* @vite-ignore */ island);
  return true;
}

/** The end of the path: send it back, with the read marks, answers and weights, in one link. */
function sendBack({ path, steps }: Shown, key: string): HTMLElement {
  const end = el('section', undefined, 'path-end path-send');
  end.setAttribute('aria-labelledby', 'send-back');
  const h2 = el('h2', 'Send back to your mentor', 'section-heading');
  h2.id = 'send-back';
  const name = el('input');
  name.type = 'text';
  name.name = 'name';
  name.maxLength = NAME_MAX;
  name.autocomplete = 'given-name';
  const nameLabel = el('label', 'Your name (optional: they will see it)');
  nameLabel.append(name);
  const field = el('input', undefined, 'path-url');
  field.type = 'text';
  field.readOnly = true;
  const label = el('label', 'Link to send back');
  label.append(field);
  const shown = el('p');
  shown.append(label);
  shown.hidden = true;
  const send = button('Send back to your mentor', 'send');
  send.addEventListener('click', async () => {
    const slots = follow.querySelectorAll('[data-worksheet], [data-weigh]').length;
    const island = follow.querySelector<HTMLElement & Partial<Island>>('reflection-worksheet');
    // Offline since the path opened, the questions never came: send what there is, and say so.
    const loaded = await Promise.race([embedding, undefined]);
    if (slots && loaded !== false && !island?.answers)
      return announce('The questions are still loading: try again in a moment.');
    const holds = {
      steps: steps.map((step) => step.id),
      questions: steps.flatMap((step) => step.questions),
      points: steps.flatMap((step) => (step.point ? [step.point] : [])),
    };
    const reply = {
      name: tidyName(name.value),
      read: store.read[key] ?? [],
      answers: island?.answers?.() ?? {},
    };
    const url = pageUrl + (await pathFragment(path, replyValue(reply, holds)));
    field.value = url;
    shown.hidden = false;
    await copy(
      url,
      !slots || island?.answers
        ? `Link copied (${url.length} characters): paste it to your mentor.`
        : `Link copied (${url.length} characters), with your read marks but without answers or weights: the questions could not be loaded.`,
    );
  });
  end.append(
    h2,
    el(
      'p',
      'One link holds this path with the steps you marked read, your answers to its questions and your weights for its pros and cons. They travel inside the link, not via a server: whoever opens it sees them, read-only.',
    ),
    nameLabel,
    send,
    shown,
  );
  return end;
}
