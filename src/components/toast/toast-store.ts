import { create } from 'zustand';

export type ToastTone = 'success' | 'error' | 'info';

export interface ToastAction {
  label: string;
  onClick: () => void;
}

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
  action?: ToastAction;
  /** Milliseconds before it goes away by itself; 0 keeps it until dismissed. */
  duration: number;
}

export interface ToastOptions {
  action?: ToastAction;
  duration?: number;
}

interface ToastState {
  toasts: Toast[];
  show: (tone: ToastTone, message: string, options?: ToastOptions) => number;
  dismiss: (id: number) => void;
  clear: () => void;
}

/** Errors stay longer: the person may be looking at parcels, not at the screen. */
const DEFAULT_DURATION: Record<ToastTone, number> = { success: 4000, info: 5000, error: 8000 };
const MAX_VISIBLE = 4;

let nextId = 1;

export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  show: (tone, message, options = {}) => {
    const id = nextId++;
    const toast: Toast = {
      id,
      tone,
      message,
      action: options.action,
      duration: options.duration ?? DEFAULT_DURATION[tone],
    };
    set((state) => ({ toasts: [...state.toasts, toast].slice(-MAX_VISIBLE) }));
    return id;
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
  clear: () => set({ toasts: [] }),
}));

/** Shows a toast from anywhere (event handlers, mutation callbacks). */
export const toast = {
  success: (message: string, options?: ToastOptions) =>
    useToastStore.getState().show('success', message, options),
  error: (message: string, options?: ToastOptions) =>
    useToastStore.getState().show('error', message, options),
  info: (message: string, options?: ToastOptions) =>
    useToastStore.getState().show('info', message, options),
  dismiss: (id: number) => useToastStore.getState().dismiss(id),
};
