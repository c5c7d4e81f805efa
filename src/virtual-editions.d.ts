declare module 'virtual:editions' {
	const data: import('./lib/editions/store').EditionsData;
	export default data;
}
