// zod/mini ships without messages; load the English ones once, before any schema is used.
import * as z from 'zod/mini';

z.config(z.locales.en());
