export {
  toast,
  useToastStore,
  type Toast,
  type ToastTone,
  type ToastOptions,
  type ToastAction,
} from './toast-store';
export { Toaster } from './toaster';
