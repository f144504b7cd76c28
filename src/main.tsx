// First, so the configuration request leaves before the rest of the app is evaluated.
import { earlyConfigResponse } from '@/app/early-config';
import { createRoot } from 'react-dom/client';
import { startApp } from '@/app/start';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
void startApp(createRoot(container), earlyConfigResponse);
