import type { Plugin } from 'vite';
import { loadEditions } from '../editions/store';

const ID = 'virtual:editions';

/**
 * `import editions from 'virtual:editions'`: the checked editions of the content folder (its list,
 * every page's versions, the texts that changed), read once at build time. A bad editions file or a
 * text that is not the released one stops the build with the EditionError's message.
 */
export function editionsPlugin(contentDir: string): Plugin {
	return {
		name: 'handbook-editions',
		resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
		load(id) {
			if (id !== `\0${ID}`) return undefined;
			return `export default ${JSON.stringify(loadEditions(contentDir))};`;
		},
	};
}
