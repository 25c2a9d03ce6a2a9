import { render } from 'preact';
import '@/components/base.css';
import './roster.css';
import { Roster } from './Roster';

render(<Roster />, document.getElementById('app')!);
