// datapackage-js ships no types; the tests use Package.load and resource.read only.
declare module 'datapackage';
