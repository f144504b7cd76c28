import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

type AudioContextConstructor = new () => AudioContext;

let audio: AudioContext | null | undefined;

/** Created on first use (browsers allow it only after a gesture, and a scan is one); null where Web Audio is missing. */
function audioContext(): AudioContext | null {
  if (audio !== undefined) return audio;
  const scope = globalThis as {
    AudioContext?: AudioContextConstructor;
    webkitAudioContext?: AudioContextConstructor;
  };
  const Constructor = scope.AudioContext ?? scope.webkitAudioContext;
  try {
    audio = Constructor ? new Constructor() : null;
  } catch {
    audio = null;
  }
  return audio;
}

const TONES = {
  // Low and buzzing, long enough to hear over a packing line.
  error: { type: 'square', frequency: 220, seconds: 0.28, volume: 0.18 },
  // High and short: heard, but not tiring after a thousand scans.
  ok: { type: 'sine', frequency: 1320, seconds: 0.06, volume: 0.08 },
} as const satisfies Record<
  string,
  { type: OscillatorType; frequency: number; seconds: number; volume: number }
>;

/** A short sound for a scan's outcome. Does nothing (and never throws) where sound is unavailable. */
export function beep(kind: 'error' | 'ok'): void {
  const context = audioContext();
  if (!context) return;
  try {
    if (context.state === 'suspended') void context.resume();
    const tone = TONES[kind];
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = tone.type;
    oscillator.frequency.value = tone.frequency;
    const start = context.currentTime;
    gain.gain.setValueAtTime(tone.volume, start);
    // Fading out avoids the click of a sound cut off mid-wave.
    gain.gain.exponentialRampToValueAtTime(0.0001, start + tone.seconds);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + tone.seconds);
  } catch {
    // A sound is a courtesy: the message on screen says the same.
  }
}

/**
 * Scanners sometimes fire twice for one pull of the trigger. The returned function accepts a value
 * unless the same value was accepted less than `windowMs` ago.
 */
export function createDoubleTriggerGuard(windowMs = 1500): (value: string, now: number) => boolean {
  let lastValue: string | null = null;
  let lastAt = Number.NEGATIVE_INFINITY;
  return (value, now) => {
    if (value === lastValue && now - lastAt < windowMs) return false;
    lastValue = value;
    lastAt = now;
    return true;
  };
}

const MESSAGE_TONES = {
  error: 'border-red-700 bg-red-700 text-white',
  ok: 'border-emerald-700 bg-emerald-700 text-white',
  info: 'border-slate-300 bg-white text-slate-900',
} as const;

/** A message readable from arm's length while packing; errors interrupt a screen reader, others wait. */
export function ScanMessage({
  tone,
  children,
  className,
}: {
  tone: 'error' | 'ok' | 'info';
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cn(
        'rounded-lg border-2 px-5 py-4 text-xl leading-snug font-semibold',
        MESSAGE_TONES[tone],
        className,
      )}
    >
      {children}
    </div>
  );
}
