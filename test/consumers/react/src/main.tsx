import { createRoot } from 'react-dom/client';
import { Story } from './Story';

createRoot(document.getElementById('root')!).render(<Story lang="en" />);
