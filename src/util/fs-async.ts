// The few filesystem calls of an offline start-up, as promises over node:fs's callback API. node:fs is loaded before
// any of our code runs; node:fs/promises is not, and importing it loads its FileHandle machinery with node's streams
// and readline (a few milliseconds of every command's start-up). Each call here is the one fs/promises makes: the
// same libuv request, result and error (code, syscall, path, message); realpath is the native one, as in fs/promises.
import * as fs from 'node:fs';

type Callback<T> = (e: NodeJS.ErrnoException | null, value: T) => void;
const call = <T>(start: (done: Callback<T>) => void): Promise<T> =>
  new Promise((resolve, reject) => start((e, value) => (e ? reject(e) : resolve(value))));

export const access = (path: string): Promise<void> => call<void>((done) => fs.access(path, (e) => done(e, undefined)));
export const lstat = (path: string): Promise<fs.Stats> => call((done) => fs.lstat(path, done));
export const stat = (path: string): Promise<fs.Stats> => call((done) => fs.stat(path, done));
export const readFile = (path: string): Promise<Buffer> => call((done) => fs.readFile(path, done));
export const realpath = (path: string): Promise<string> => call((done) => fs.realpath.native(path, done));
/** Every match, in the order fs/promises' glob yields them (both walk node's same Glob). */
export const glob = (pattern: string): Promise<string[]> => call((done) => fs.glob(pattern, done));

/** A file opened for reading by descriptor: read into a buffer at an offset (null position: the file's), close. */
export const openForReading = (path: string): Promise<number> => call((done) => fs.open(path, 'r', done));
export const readInto = (fd: number, buf: Buffer, offset: number, length: number): Promise<number> =>
  call((done) => fs.read(fd, buf, offset, length, null, done));
export const close = (fd: number): Promise<void> => call<void>((done) => fs.close(fd, (e) => done(e, undefined)));

/** The action's findings file: a private directory, and a file created there (flag 'wx' refuses an existing one). */
export const mkdtemp = (prefix: string): Promise<string> => call((done) => fs.mkdtemp(prefix, done));
export const writeFile = (path: string, data: string, options: { flag: string }): Promise<void> =>
  call<void>((done) => fs.writeFile(path, data, options, (e) => done(e, undefined)));
