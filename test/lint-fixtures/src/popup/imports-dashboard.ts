// Surfaces never import each other.
import { AppPage } from '../dashboard/app-page';
export const forbidden = AppPage;
