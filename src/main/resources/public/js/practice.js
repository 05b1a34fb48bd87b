// A local practice session: the same shape as the API's SessionState and the same stop and
// pressure rules, so a person without an account gets the same safety behaviour.
const LIGHT_START = 3;  // "Start light (2-3/10)"
const EASE_STEP = 2;    // one sign of discomfort lowers the target by this much at once
const EASE_FLOOR = 1;   // never eased below the lightest touch

function ceiling(plan, step, comfortMax) {
  if (!step) return 0;
  return Math.min(step.pressure.max, plan.screening.maxPressure, comfortMax);
}

function startTarget(plan, index, comfortMax) {
  const step = plan.steps[index];
  if (!step) return 0;
  const start = Math.min(step.pressure.min, ceiling(plan, step, comfortMax));
  return index === 0 ? Math.min(start, LIGHT_START) : start;
}

export function eased(target) {
  return Math.min(target, Math.max(EASE_FLOOR, target - EASE_STEP));
}

export function startPractice(plan, comfortMax) {
  const target = startTarget(plan, 0, comfortMax);
  return {
    id: null, state: 'ready', stepIndex: 0, step: plan.steps[0] || null, comfortMax,
    pressureTarget: target, stepCeiling: ceiling(plan, plan.steps[0], comfortMax),
    referral: plan.screening.referral, stopReason: null,
    actions: [`When ready, start with ${plan.steps[0].name} at about ${target}/10.`], plan,
  };
}

function atStep(s, index) {
  const step = s.plan.steps[index];
  const target = startTarget(s.plan, index, s.comfortMax);
  return { ...s, stepIndex: index, step, pressureTarget: target,
    stepCeiling: ceiling(s.plan, step, s.comfortMax), actions: [`${step.name}: use about ${target}/10.`] };
}

function ended(s, state, stopReason, actions) {
  return { ...s, state, stopReason, pressureTarget: 0, stepCeiling: 0, actions };
}

function easeOff(s, why) {
  const target = eased(s.pressureTarget);
  return { ...s, pressureTarget: target, stepCeiling: Math.min(s.stepCeiling, target),
    actions: [`Ease off: ${why}. Lower the pressure to ${target}/10 now and keep it there for the rest of this step.`,
      'Ask how it feels before you go on.'] };
}

const STOP_ADVICE = {
  stop_signal: ['Stopped at the agreed signal. Help them rest comfortably; do not restart unless they want to and feel fine.'],
  symptom: ['Stop now and do not restart today. Numbness, tingling or sharp pain down a leg, dizziness, breathlessness, chest pain or sudden weakness need medical advice.',
    'For chest pain, breathlessness or sudden weakness, call the emergency number now.'],
  skin_change: ['Stop now: redness, swelling, bruising or other skin changes mean the area needs rest. If it gets worse, see a healthcare professional.'],
};

/** Applies one event, as the session API would. Ended sessions take no more events. */
export function applyEvent(s, event) {
  if (s.state === 'stopped' || s.state === 'completed') return s;
  switch (event.type) {
    case 'start': return s.state === 'ready' ? { ...atStep(s, s.stepIndex), state: 'running' } : s;
    case 'pause': return s.state === 'running' ? { ...s, state: 'paused', actions: ['Paused. Resume when ready.'] } : s;
    case 'resume': return s.state === 'paused' ? { ...s, state: 'running', actions: [`Continue at about ${s.pressureTarget}/10.`] } : s;
    case 'next_step':
      return s.stepIndex + 1 < s.plan.steps.length
        ? { ...atStep(s, s.stepIndex + 1), state: 'running' }
        : ended(s, 'completed', null, ['All steps done. Finish with a few slow breaths.']);
    case 'finish': return ended(s, 'completed', null, ['Finished. Rest for a moment before getting up slowly.']);
    case 'stop_signal': return ended(s, 'stopped', 'stop_signal', STOP_ADVICE.stop_signal);
    case 'symptom': return ended(s, 'stopped', event.symptom, STOP_ADVICE.symptom);
    case 'skin_change': return ended(s, 'stopped', 'skin_change', STOP_ADVICE.skin_change);
    case 'guarding': return easeOff(s, 'they tensed up or winced');
    case 'pressure_report': return pressureReported(s, event.value);
    default: return s;
  }
}

function pressureReported(s, felt) {
  if (felt > s.comfortMax) {
    return easeOff(s, `they rated it ${felt}, above their comfort limit of ${s.comfortMax}`);
  }
  if (felt < s.comfortMax && s.state === 'running' && s.pressureTarget < s.stepCeiling) {
    const target = s.pressureTarget + 1;
    return { ...s, pressureTarget: target, actions: [`Comfortable: you may increase gently to ${target}/10 if it stays comfortable.`] };
  }
  if (felt === s.comfortMax) {
    return { ...s, actions: [`They are at their comfort limit: keep the pressure at ${s.pressureTarget}/10 and go no deeper.`] };
  }
  return { ...s, actions: [`Keep the pressure at ${s.pressureTarget}/10.`] };
}
