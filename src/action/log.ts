// The action's only informational log line (core.info prints its text raw). Every line goes through logLine, so a
// value can neither break the line nor start a workflow command (see util/workflow-commands.ts).
import * as core from '@actions/core';
import { logLine } from '../util/workflow-commands.js';

export const info = (line: string): void => core.info(logLine(line));
