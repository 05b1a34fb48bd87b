// The live player: shows the current step, runs a countdown that cannot drift (computed from
// performance.now() and the step's start, never by counting ticks), and sends every event to
// the sessions API, or to the local practice rules when there is no account.
import { api } from './api.js';
import { startPractice, applyEvent } from './practice.js';
import * as cues from './cues.js';
import { showStep } from './picture.js';

const root = document.getElementById('player');
const $ = (id) => document.getElementById(id);
const plan = JSON.parse(root.dataset.plan);
const intake = JSON.parse(root.dataset.intake);
const comfortMax = Number(root.dataset.comfortMax);
const CHECK_IN_EVERY = 30;

let state = null;
let sessionId = null;
let practice = false;
const clock = { start: 0, pausedAt: null, pausedTotal: 0, said: new Set(), advancing: false };

function announce(text) {
  const live = $('announce');
  live.textContent = '';
  window.setTimeout(() => { live.textContent = text; }, 50);
}

function show(viewId) {
  for (const id of ['start-view', 'run-view', 'stopped-view', 'finished-view']) $(id).hidden = id !== viewId;
  $('after-view').hidden = !(viewId === 'stopped-view' || viewId === 'finished-view');
}

function list(element, items) {
  element.replaceChildren(...(items || []).map((text) => {
    const li = document.createElement('li');
    li.textContent = text;
    return li;
  }));
}

function elapsedSeconds() {
  const now = clock.pausedAt ?? performance.now();
  return (now - clock.start - clock.pausedTotal) / 1000;
}

function formatTime(seconds) {
  const whole = Math.ceil(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function beginStep() {
  clock.start = performance.now();
  clock.pausedAt = null;
  clock.pausedTotal = 0;
  clock.said = new Set();
  clock.advancing = false;
  const step = state.step;
  cues.beep();
  cues.vibrate();
  cues.speak(`${step.name}. Pressure about ${state.pressureTarget} out of 10.`);
  announce(`Step ${state.stepIndex + 1}: ${step.name}. ${formatTime(step.durationSeconds)} minutes. Pressure ${state.pressureTarget} out of 10.`);
}

function render(next) {
  const previous = state;
  state = next;
  if (state.state === 'stopped') return showStopped();
  if (state.state === 'completed') return showFinished();
  const step = state.step;
  $('step-count').textContent = `Step ${state.stepIndex + 1} of ${state.plan.steps.length}`;
  $('step-name').textContent = step.name;
  $('step-instructions').textContent = step.instructions;
  $('pressure-target').textContent = String(state.pressureTarget);
  list($('actions'), state.actions);
  $('pause').textContent = state.state === 'paused' ? 'Resume' : 'Pause';
  showStep($('picture'), step.technique);
  const newStep = !previous || previous.stepIndex !== state.stepIndex || previous.state === 'ready';
  if (state.state === 'running' && newStep) beginStep();
  else if (previous && state.pressureTarget < previous.pressureTarget) {
    announce(`Lower the pressure to ${state.pressureTarget} out of 10.`);
    cues.speak(`Ease off. Pressure ${state.pressureTarget}.`);
  }
  tick();
}

function tick() {
  if (!state || state.state !== 'running' && state.state !== 'paused') return;
  const step = state.step;
  const elapsed = elapsedSeconds();
  const left = Math.max(0, step.durationSeconds - elapsed);
  $('countdown').textContent = formatTime(left);
  showRepetitions(step, elapsed);
  if (state.state !== 'running') return;
  sayOnce('half', elapsed >= step.durationSeconds / 2 && step.durationSeconds >= 20, 'Halfway.');
  sayOnce('ten', left <= 10 && step.durationSeconds > 20, '10 seconds left.');
  askForCheckIn(step, elapsed);
  if (left <= 0 && !clock.advancing) {
    clock.advancing = true;
    announce(`${step.name} done.`);
    send({ type: 'next_step' });
  }
}

function showRepetitions(step, elapsed) {
  let text = '';
  if (step.repetitions && step.secondsPerRepetition) {
    const current = Math.min(step.repetitions, Math.floor(elapsed / step.secondsPerRepetition) + 1);
    text = `${current} of ${step.repetitions}`;
  } else if (step.repetitions) {
    text = `${step.repetitions} times`;
  }
  if (step.holdSeconds) text += `${text ? ' · ' : ''}hold ${step.holdSeconds} s`;
  $('reps').textContent = text;
}

function sayOnce(key, when, text) {
  if (when && !clock.said.has(key)) {
    clock.said.add(key);
    announce(text);
  }
}

function askForCheckIn(step, elapsed) {
  if (step.durationSeconds < 45) return;
  const round = Math.floor(elapsed / CHECK_IN_EVERY);
  if (round > 0 && !clock.said.has(`ask${round}`)) {
    clock.said.add(`ask${round}`);
    $('checkin').classList.add('ask');
    announce('Check in: how strong does it feel?');
    cues.speak('How strong does it feel?');
  }
}

const STOP_WORDS = {
  stop_signal: 'Stopped: STOP was pressed or the agreed signal was given.',
  skin_change: 'Stopped because the skin changed.',
  pain_down_leg: 'Stopped because of pain, numbness or tingling down a leg.',
  dizziness: 'Stopped because of dizziness, breathlessness or chest pain.',
};

function showStopped() {
  cues.letSleep();
  cues.beep();
  cues.vibrate();
  cues.speak('Session stopped.');
  $('stop-reason').textContent = STOP_WORDS[state.stopReason] || `Stopped: ${String(state.stopReason || 'stop').replaceAll('_', ' ')}.`;
  list($('stopped-actions'), state.actions);
  show('stopped-view');
  $('stopped-view').focus();
  announce('Session stopped.');
}

function showFinished() {
  cues.letSleep();
  cues.beep();
  cues.speak('Session finished. Well done.');
  list($('finished-actions'), state.actions);
  show('finished-view');
  $('finished-view').focus();
  announce('Session finished.');
}

async function send(event) {
  if (!state || state.state === 'stopped' || state.state === 'completed') return;
  const local = applyEvent(state, event);
  const ending = local.state === 'stopped';
  // A stop is shown at once, whatever the network does.
  if (practice || ending) render(local);
  if (practice) return;
  const reply = await api.sendEvent(sessionId, event);
  if (reply.ok && reply.data && !ending) render(reply.data);
  else if (!reply.ok && !ending) list($('actions'), ['Could not reach the server. If in doubt, press STOP.']);
}

async function startWithAccount() {
  const message = $('start-message');
  message.textContent = 'Starting…';
  const reply = await api.startSession(intake);
  if (reply.ok && reply.data) {
    practice = false;
    sessionId = reply.data.id;
    begin(reply.data);
    return;
  }
  message.replaceChildren();
  const p = document.createElement('p');
  if (reply.status === 401) {
    const link = document.createElement('a');
    link.href = '/signin';
    link.textContent = 'Sign in';
    p.append(link, ' to save sessions to your account, or practise without an account.');
  } else {
    p.textContent = 'Saved sessions are not available right now. You can still practise without an account.';
  }
  message.append(p);
}

function startPracticeMode() {
  practice = true;
  begin(startPractice(plan, comfortMax));
}

function begin(ready) {
  state = ready;
  show('run-view');
  cues.keepAwake();
  send({ type: 'start' });
  $('stop').focus();
}

function pauseOrResume() {
  if (state.state === 'running') {
    clock.pausedAt = performance.now();
    send({ type: 'pause' });
  } else if (state.state === 'paused') {
    clock.pausedTotal += performance.now() - clock.pausedAt;
    clock.pausedAt = null;
    send({ type: 'resume' });
  }
}

async function saveJournal(submitEvent) {
  submitEvent.preventDefault();
  const painAfter = Number($('pain-after').value);
  const out = $('journal-message');
  if (!$('pain-after').value || painAfter < 0 || painAfter > 10) {
    out.textContent = 'Please enter a number from 0 to 10.';
    return;
  }
  const techniques = [...new Set(plan.steps.map((step) => step.technique))];
  const reply = await api.addJournalEntry({
    at: new Date().toISOString(), kind: 'session', sessionId, painBefore: intake.pain.intensity, painAfter,
    symptoms: [], techniques, helped: [], notes: '',
  });
  if (reply.ok) out.textContent = 'Saved to your journal.';
  else if (reply.status === 401) {
    out.replaceChildren('Nothing saved: ');
    const link = document.createElement('a');
    link.href = '/signin';
    link.textContent = 'sign in to keep a journal';
    out.append(link, '.');
  } else out.textContent = 'The journal is not available right now; nothing was saved.';
}

function wire() {
  if (!$('start-practice')) return;
  $('voice').addEventListener('change', (e) => cues.setVoice(e.target.checked));
  cues.setVoice($('voice').checked);
  $('start-account').addEventListener('click', startWithAccount);
  $('start-practice').addEventListener('click', startPracticeMode);
  $('stop').addEventListener('click', () => send({ type: 'stop_signal' }));
  $('pause').addEventListener('click', pauseOrResume);
  $('next').addEventListener('click', () => send({ type: 'next_step' }));
  $('guarding').addEventListener('click', () => send({ type: 'guarding' }));
  for (const button of root.querySelectorAll('[data-symptom]')) {
    button.addEventListener('click', () => send({ type: 'symptom', symptom: button.dataset.symptom }));
  }
  for (const button of root.querySelectorAll('#checkin [data-value]')) {
    button.addEventListener('click', () => {
      $('checkin').classList.remove('ask');
      send({ type: 'pressure_report', value: Number(button.dataset.value) });
    });
  }
  $('journal').addEventListener('submit', saveJournal);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('run-view').hidden) send({ type: 'stop_signal' });
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && state && state.state === 'running') cues.keepAwake();
  });
  window.setInterval(tick, 250);
}

wire();
