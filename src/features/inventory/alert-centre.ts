/** The header's stock alert centre: a bell with the open count; its panel loads on first opening. */
export { AlertCentre } from './components/alerts/alert-centre-button';
