/** The connector app: see @replan/pipeline's runApp and docs/operations.md. */
import { runApp } from '@replan/pipeline';

void runApp('connector');
