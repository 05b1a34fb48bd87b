// Cues at step changes: spoken words (optional), a short beep, a vibration; and a wake lock
// so the screen stays on while a session runs. Each fails quietly where the browser lacks it.
let audio = null;
let wakeLock = null;
let voiceOn = true;

export function setVoice(on) {
  voiceOn = on;
  if (!on && 'speechSynthesis' in window) window.speechSynthesis.cancel();
}

export function speak(text) {
  if (!voiceOn || !('speechSynthesis' in window)) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = 0.95;
  window.speechSynthesis.speak(utterance);
}

export function beep() {
  try {
    audio = audio || new (window.AudioContext || window.webkitAudioContext)();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = 660;
    gain.gain.setValueAtTime(0.15, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.25);
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + 0.25);
  } catch (noAudio) { /* a silent browser still shows the step */ }
}

export function vibrate() {
  if (navigator.vibrate) navigator.vibrate(200);
}

export async function keepAwake() {
  try {
    if ('wakeLock' in navigator && !wakeLock) {
      wakeLock = await navigator.wakeLock.request('screen');
      wakeLock.addEventListener('release', () => { wakeLock = null; });
    }
  } catch (refused) { wakeLock = null; }
}

export function letSleep() {
  if (wakeLock) wakeLock.release();
  wakeLock = null;
}
