export const id = 918;
export const ids = [918];
export const modules = {

/***/ 65345:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


let table;
exports.P = () => (table ??= __webpack_require__(29235));


/***/ }),

/***/ 21968:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ planMigration),
/* harmony export */   JA: () => (/* binding */ missingNames),
/* harmony export */   Kr: () => (/* binding */ unownedRows),
/* harmony export */   Q6: () => (/* binding */ missingColumns),
/* harmony export */   iC: () => (/* binding */ columnAddLine),
/* harmony export */   ob: () => (/* binding */ familyRows)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _registry_row_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11174);
// Adopting an existing registry table: which of our columns it lacks (sync --migrate adds them), which columns have a
// type or mode the sync cannot write, and which columns are not ours (kept, never written). Pure: the adapters read
// the table's columns (type, mode, default) in their backend's terms; this decides.


/**
 * The names of `want` the table lacks. DuckDB and BigQuery both match column names case-insensitively, so `Status`
 * is our `status` (an ADD COLUMN status would be a no-op or an error, and SQL naming status reads it).
 */
const missingNames = (have, want) => {
    const lower = new Set([...have].map((n) => n.toLowerCase()));
    return want.filter((n) => !lower.has(n.toLowerCase()));
};
/**
 * What adopting `have` takes. Bad input (exit 2), decided before any ALTER: a column of ours with a type outside
 * `dialect.types` (--migrate never retypes a column, and writing our values into it would fail or change them); a column
 * of ours the sync cannot write as it is (REPEATED; or required where the manifest may have no value); a column not
 * ours that is required with no default (the sync inserts rows naming only our columns, so the insert would fail —
 * after BigQuery's ALTER had already committed). A required column with a default is fine: the backend fills it.
 */
const planMigration = (where, table, have, dialect) => {
    const byLower = new Map([...have].map(([n, c]) => [n.toLowerCase(), c]));
    const ours = _registry_row_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMNS */ .cZ.flatMap(([name, type, required]) => {
        const c = byLower.get(name);
        return c ? [{ name, type, required, c }] : [];
    });
    const wrong = ours.filter((o) => !dialect.types[o.type].includes(o.c.type));
    if (wrong.length > 0)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(where, `table ${table} has ${wrong.map((o) => `column ${o.name} of type ${o.c.type} (expected ${dialect.types[o.type][0]})`).join(', ')}; --migrate only adds columns, it never changes a type`);
    const ourNames = new Set(_registry_row_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMNS */ .cZ.map(([n]) => n));
    const foreign = [...have].filter(([n]) => !ourNames.has(n.toLowerCase()));
    const unwritable = [
        ...ours.filter((o) => o.c.mode === 'REPEATED').map((o) => `column ${o.name} REPEATED: the sync writes one value, not an array`),
        ...ours
            .filter((o) => o.c.mode === 'REQUIRED' && !o.required)
            .map((o) => `column ${o.name} ${dialect.required}: the sync writes NULL into it when the manifest has no value`),
        ...foreign
            .filter(([, c]) => c.mode === 'REQUIRED' && !c.hasDefault)
            .map(([n]) => `column ${n} ${dialect.required} with no default: the sync inserts rows without it`),
    ];
    if (unwritable.length > 0)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(where, `table ${table} has ${unwritable.join(', ')}; --migrate never changes an existing column: change ${unwritable.length === 1 ? 'it' : 'them'} first (nothing was written)`);
    return {
        add: _registry_row_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMNS */ .cZ.filter(([n]) => !byLower.has(n)).map(([name, type]) => ({ name, type })),
        foreign: foreign.map(([n]) => n).sort(),
    };
};
/** The refusal without --migrate: one line naming the missing columns and the flag that adds them. */
const missingColumns = (where, table, add) => _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(where, `table ${table} has no column ${add.map((c) => c.name).join(', ')}; sync --migrate adds ${add.length === 1 ? 'it' : 'them'} (ALTER TABLE ADD COLUMN, nothing dropped or changed)`);
/** How a plan line names one added column. */
const columnAddLine = (c) => `${c.name} ${c.type}`;
/**
 * The rows a family's sync plans against: its own, and the rows with no family (what --migrate leaves in an adopted
 * table) whose model_id its manifest lists: the sync adopts them (their family, file and gcs_path are filled from the
 * manifest). A row with no family that no manifest lists is nobody's: never planned, updated or pruned.
 */
const familyRows = (all, family, manifestIds) => all.filter((r) => r.family === family || (r.family === null && manifestIds.has(r.model_id)));
/** Rows with no family that this manifest does not list: kept as they are. */
const unownedRows = (all, manifestIds) => all.filter((r) => r.family === null && !manifestIds.has(r.model_id));


/***/ }),

/***/ 46918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: buildProgram, invokedMode, optionsFor

;// CONCATENATED MODULE: ./vendor/commander/lib/error.js
/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

;// CONCATENATED MODULE: ./vendor/commander/lib/argument.js


class argument_Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:process"
var external_node_process_ = __webpack_require__(1708);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./vendor/commander/lib/help.js



/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd
            .createOption(helpOption.long, helpOption.description)
            .helpGroup(helpOption.helpGroupHeading),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd
            .createOption(helpOption.short, helpOption.description)
            .helpGroup(helpOption.helpGroupHeading),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return (0,external_node_util_.stripVTControlCharacters)(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

;// CONCATENATED MODULE: ./vendor/commander/lib/option.js


class option_Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\p{ID_Continue}\.\.\.[>\]]$/u.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

;// CONCATENATED MODULE: ./vendor/commander/lib/suggestSimilar.js
const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

;// CONCATENATED MODULE: ./vendor/commander/lib/command.js

const childProcess = { spawn: (...args) => external_node_process_.getBuiltinModule('node:child_process').spawn(...args) };











class command_Command extends external_node_events_.EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => external_node_process_.stdout.write(str),
      writeErr: (str) => external_node_process_.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        external_node_process_.stdout.isTTY ? external_node_process_.stdout.columns : undefined,
      getErrHelpWidth: () =>
        external_node_process_.stderr.isTTY ? external_node_process_.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (external_node_process_.stdout.isTTY && external_node_process_.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (external_node_process_.stderr.isTTY && external_node_process_.stderr.hasColors?.()),
      stripColor: (str) => (0,external_node_util_.stripVTControlCharacters)(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new command_Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new argument_Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    external_node_process_.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new option_Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof option_Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (Object.hasOwn(cmd._optionValueSources, key)) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (external_node_process_.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = external_node_process_.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = external_node_process_.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (external_node_process_.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    // Save the state the first time, then restore the state before each subsequent parse.
    if (this._savedState === null) {
      // Do the special default of lone negated option to true, now that we have all the options.
      // Filter for negated options that have not been processed already.
      this.options
        .filter(
          (option) =>
            option.negate &&
            option.defaultValue === undefined &&
            this.getOptionValue(option.attributeName()) === undefined,
        )
        .forEach((option) => {
          // check for lone negated option: --no-foo without a --foo option
          const positiveLongFlag = option.long.replace(/^--no-/, '--');
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              option.attributeName(),
              true,
              'default',
            );
          }
        });

      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (external_node_fs_.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = external_node_path_.resolve(baseDir, baseName);
      if (external_node_fs_.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(external_node_path_.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        external_node_fs_.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = external_node_fs_.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = external_node_path_.resolve(
        external_node_path_.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = external_node_path_.basename(
          this._scriptPath,
          external_node_path_.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    const launchWithNode = sourceExt.includes(external_node_path_.extname(executableFile));

    let proc;
    if (external_node_process_.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(external_node_process_.execArgv).concat(args);

        proc = childProcess.spawn(external_node_process_.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(external_node_process_.execArgv).concat(args);
      proc = childProcess.spawn(external_node_process_.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        external_node_process_.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        external_node_process_.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        external_node_process_.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)([eE][+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in external_node_process_.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, external_node_process_.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const received = receivedArgs.length;
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const details = receivedArgs.join(', ');
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${received}: ${details}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:');
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or import.meta.filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(import.meta.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = external_node_path_.basename(filename, external_node_path_.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(import.meta.dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help', 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(external_node_process_.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-wait[=[host:]port]
  //  --inspect-port=[host:]port
  //
  // Host can be an IP literal encapsulated within square brackets (e.g. [::1]),
  // an IPv4 address in dotted-decimal form (e.g. 192.168.0.1), or a registered name.
  // https://www.rfc-editor.org/rfc/rfc3986.html#section-3.2.2
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk|-wait)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(
        /^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+)$/,
      )) !== null
    ) {
      // Matches a host or a port, but not both. No colon to separate them.
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // Plain digits so a port number.
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // Assume a host.
        // e.g. --inspect=localhost, --inspect=[::1], --inspect=192.168.0.1
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(
        /^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+):(\d+)$/,
      )) !== null
    ) {
      // Matched host:port pattern.
      // e.g. --inspect=localhost:1234, --inspect=[::1]:1234, --inspect=192.168.0.1:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * Exported for using from tests, not otherwise used outside this file.
 *
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    external_node_process_.env.NO_COLOR ||
    external_node_process_.env.FORCE_COLOR === '0' ||
    external_node_process_.env.FORCE_COLOR === 'false'
  )
    return false;
  if (external_node_process_.env.FORCE_COLOR || external_node_process_.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

;// CONCATENATED MODULE: ./vendor/commander/index.js






const program = new command_Command();

const createCommand = (name) => new Command(name);
const createOption = (flags, description) =>
  new Option(flags, description);
const createArgument = (name, description) =>
  new Argument(name, description);

/**
 * Expose classes
 */





// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./util/contain.js
var contain = __webpack_require__(79285);
// EXTERNAL MODULE: ./util/fs-async.js
var fs_async = __webpack_require__(62175);
// EXTERNAL MODULE: ./util/yaml-source.js
var yaml_source = __webpack_require__(52094);
;// CONCATENATED MODULE: ./config/confine.js
// Paths named by the config file (and, in the action, by inputs) must stay inside the workspace. The config comes
// from the checkout, which a pull request controls: `template: /proc/self/environ` would render the environment,
// token included, into check-run and comment bodies, and a glob like `../../x/*` or `/etc/ssh/*` would list outside
// files into the summary. Every such path is resolved as the kernel resolves it (util/contain realTarget: symbolic
// links followed, `..` climbing from a link's target) and must land inside the root and outside its .git directory;
// otherwise exit 2 naming the key. Remote addresses (gs://, bigquery:, run:) are not paths. A path typed on the CLI's
// command line is the user's own choice and is not confined.




const MAGIC = /[*?[\]{}()!+@]/;
/** The literal directory a glob starts from (`models/v9/*.cbm` → `models/v9`), which must itself lie inside. */
const globBase = (pattern) => {
    const parts = pattern.split('/');
    const i = parts.findIndex((p) => MAGIC.test(p));
    const base = (i < 0 ? parts.slice(0, -1) : parts.slice(0, i)).join('/');
    return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
};
/** The local path inside an address, or undefined for a remote one. */
const localPath = (key, value) => {
    if (key === 'manifest')
        return value.startsWith('gs://') ? undefined : value;
    if (key === 'registry')
        return value.startsWith('duckdb:') ? value.slice('duckdb:'.length) : undefined;
    if (key === 'deployment')
        return value.startsWith('run:') ? undefined : value;
    return value;
};
const outside = (k, root, why) => errors/* InputError */.dz.at(k.where.file, `${why}; paths from the config and inputs must stay inside the workspace ${root}`, {
    ...(k.where.line === undefined ? {} : { line: k.where.line, column: k.where.column }),
    ...(k.key.startsWith('$') ? { path: k.key } : {}),
});
/** Refuse (exit 2) the first key whose path resolves outside `root`. Relative paths are relative to `cwd`. */
const confinePaths = async (keys, root, cwd = process.cwd()) => {
    const realRoot = await (0,contain/* realTarget */.aO)(root, cwd);
    for (const k of keys) {
        const path = k.glob ? globBase(k.value) : k.value;
        if (k.optional &&
            !(await (0,fs_async/* lstat */.$1)((0,external_node_path_.resolve)(cwd, path)).then(() => true, () => false)))
            continue;
        const name = k.key.startsWith('$') ? `"${k.value}"` : `${k.key} "${k.value}"`;
        let real;
        try {
            real = await (0,contain/* realTarget */.aO)(path, cwd);
        }
        catch (e) {
            // A dangling link, a loop of links, a NUL byte, an unreadable directory: the path cannot be judged, so it is refused.
            const code = e.code;
            throw outside(k, root, code === 'EDANGLING'
                ? `${name} is a symbolic link to a missing file`
                : `${name} cannot be resolved (${code ?? e.message})`);
        }
        if (!(0,contain/* isInsideWorkspace */.cm)(real, realRoot))
            throw outside(k, root, `${name} resolves outside the workspace`);
    }
};
/** Refuse a glob match that leads outside `root` (a symbolic link inside the checkout pointing out). */
const confineMatches = async (pattern, matches, root, cwd = process.cwd()) => {
    const realRoot = await (0,contain/* realTarget */.aO)(root, cwd);
    for (const m of matches) {
        const real = await (0,contain/* realTarget */.aO)(m, cwd).catch(() => undefined);
        if (real === undefined || !(0,contain/* isInsideWorkspace */.cm)(real, realRoot))
            throw errors/* InputError */.dz.at('filenames.globs', 
            // The match's name is not printed: through a link it would list a name outside the workspace.
            `"${pattern}" matches a file through a symbolic link that leads outside the workspace; paths from the config and inputs must stay inside the workspace ${root}`);
    }
};

// EXTERNAL MODULE: ../../node_modules/zod/v4/mini/schemas.js + 2 modules
var schemas = __webpack_require__(92527);
// EXTERNAL MODULE: ../../node_modules/zod/v4/core/api.js + 1 modules
var api = __webpack_require__(17197);
// EXTERNAL MODULE: ./manifest/zod-locale.js
var zod_locale = __webpack_require__(81704);
;// CONCATENATED MODULE: ./config/schema.js
// The config file (.github/model-governance.yml). zod is the single source; its JSON Schema is published.


const schema_text = (min = 1) => schemas/* string */.YjP().check(api/* _minLength */.m9(min));
const Markers = schemas/* strictObject */.rej({ begin: schema_text(8), end: schema_text(8) });
// Gates a model must pass before it may become production (see src/checks/gates.ts). One kind per entry, so the
// published JSON Schema tells an editor exactly which keys go together.
const metric = schemas/* string */.YjP().check(api/* _regex */.Fk(/^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/, { message: 'must be a metric name (letters, digits, _ . -)' }));
const bound = schemas/* number */.aig().check(schemas/* refine */.YPB(Number.isFinite, { message: 'must be a finite number' }));
const GateConfigSchema = schemas/* union */.KCZ([
    schemas/* strictObject */.rej({ 'duplicate-window': schemas/* literal */.euz(true) }),
    schemas/* strictObject */.rej({ metric, min: bound }),
    schemas/* strictObject */.rej({ metric, max: bound }),
    schemas/* strictObject */.rej({ metric, 'abs-max': bound.check(api/* _gte */.qm(0)) }),
    schemas/* strictObject */.rej({ metric, 'improves-on': schemas/* literal */.euz('production'), direction: schemas/* enum */.k5n(['lower', 'higher']) }),
], {
    error: 'must be one gate: { duplicate-window: true }, { metric, min }, { metric, max }, { metric, abs-max } or { metric, improves-on: production, direction: lower | higher }',
});
const FamilyConfigSchema = schemas/* strictObject */.rej({
    name: schemas/* optional */.lqM(schema_text()),
    manifest: schema_text(),
    // The other copy of the same manifest (the repository's, or the Cloud Storage one): drift compares the two.
    'manifest-mirror': schemas/* optional */.lqM(schema_text()),
    registry: schemas/* optional */.lqM(schema_text()),
    location: schemas/* optional */.lqM(schema_text()),
    'create-table': schemas/* optional */.lqM(schemas/* boolean */.zMY()),
    deployment: schemas/* optional */.lqM(schema_text()),
    'model-env': schemas/* optional */.lqM(schemas/* string */.YjP().check(api/* _regex */.Fk(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'must be an environment variable name' }))),
    'verify-artifacts': schemas/* optional */.lqM(schemas/* enum */.k5n(['production', 'all', 'none'])),
    'claude-md': schemas/* optional */.lqM(schema_text()),
    markers: schemas/* optional */.lqM(Markers),
    template: schemas/* optional */.lqM(schema_text()),
    title: schemas/* optional */.lqM(schema_text().check(api/* _maxLength */.Eb(200))),
    // What the MODEL block says beyond the facts every family has: its headline metrics and a warning line.
    block: schemas/* optional */.lqM(schemas/* strictObject */.rej({
        metrics: schemas/* optional */.lqM(schemas/* array */.YOg(schemas/* strictObject */.rej({
            label: schema_text().check(api/* _maxLength */.Eb(200)),
            metric: schema_text().check(api/* _maxLength */.Eb(128)),
            digits: schemas/* optional */.lqM(schemas/* int */.Whr().check(api/* _gte */.qm(0), api/* _lte */.Zm(10))),
            format: schemas/* optional */.lqM(schema_text().check(api/* _maxLength */.Eb(200))),
        }))),
        warning: schemas/* optional */.lqM(schema_text().check(api/* _maxLength */.Eb(1000))),
    })),
    filenames: schemas/* optional */.lqM(schemas/* strictObject */.rej({
        pattern: schemas/* optional */.lqM(schema_text()),
        globs: schemas/* optional */.lqM(schemas/* array */.YOg(schema_text())),
        legacy: schemas/* optional */.lqM(schemas/* array */.YOg(schema_text())),
    })),
    gates: schemas/* optional */.lqM(schemas/* array */.YOg(GateConfigSchema)),
    'stale-after-days': schemas/* optional */.lqM(schemas/* int */.Whr().check(api/* _gte */.qm(0), api/* _lte */.Zm(36_500))),
});
const ConfigSchema = schemas/* union */.KCZ([schemas/* strictObject */.rej({ families: schemas/* array */.YOg(FamilyConfigSchema).check(api/* _minLength */.m9(1)) }), FamilyConfigSchema]);
const DEFAULT_CONFIG_PATH = '.github/model-governance.yml';

// EXTERNAL MODULE: ./docs/marker-config.js
var marker_config = __webpack_require__(97781);
// EXTERNAL MODULE: ./filenames/grammar.js
var grammar = __webpack_require__(4516);
// EXTERNAL MODULE: ./manifest/json-source.js
var json_source = __webpack_require__(87812);
;// CONCATENATED MODULE: ./config/settings.js
// One typed settings object for both front ends (CLI flags and action inputs) per model family.



const familySettings = (c, origin, where, root = process.cwd()) => ({
    origin,
    name: c.name,
    manifest: c.manifest,
    manifestMirror: c['manifest-mirror'],
    registry: c.registry,
    location: c.location,
    createTable: c['create-table'] ?? false,
    deployment: c.deployment,
    modelEnv: c['model-env'],
    verifyArtifacts: c['verify-artifacts'] ?? 'production',
    verifyArtifactsExplicit: c['verify-artifacts'] !== undefined,
    claudeMd: c['claude-md'] ?? 'CLAUDE.md',
    claudeMdExplicit: c['claude-md'] !== undefined,
    markers: c.markers ?? marker_config/* DEFAULT_MARKERS */.g,
    template: c.template,
    title: c.title,
    block: c.block,
    filenames: {
        pattern: c.filenames?.pattern ?? grammar/* DEFAULT_PATTERN */.Do,
        globs: c.filenames?.globs ?? [],
        legacy: c.filenames?.legacy ?? [],
    },
    gates: (c.gates ?? []).map((gate, i) => {
        const path = [...(where?.prefix ?? []), 'gates', i];
        return { gate, key: (0,json_source/* jsonPath */.U1)(path), at: where ? where.locate(path) : { file: origin } };
    }),
    staleAfterDays: c['stale-after-days'],
    root,
});

;// CONCATENATED MODULE: ./config/typos.js
/** Edit distance (insert, delete, substitute, swap of neighbours): `model_env` is 1 from `model-env`. */
const distance = (a, b) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            const row = d[i];
            const prev = d[i - 1];
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
};
/** The closest candidate, when it is close enough to be what was meant. */
const nearest = (word, candidates) => {
    const norm = (s) => s.toLowerCase().replace(/[-_ ]/g, '');
    let best;
    for (const c of candidates) {
        const d = norm(word) === norm(c) ? 0 : distance(word.toLowerCase(), c.toLowerCase());
        if (best === undefined || d < best.d)
            best = { key: c, d };
    }
    return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.key : undefined;
};
/** The keys valid in the object at `path` of a schema, or undefined where the path leaves the known shape. */
const keysAt = (schema, path) => {
    let def = schema.def;
    for (const seg of [...path, null]) {
        while (def.innerType)
            def = def.innerType.def;
        if (seg === null)
            return def.shape ? Object.keys(def.shape) : undefined;
        const next = typeof seg === 'number' ? def.element : def.shape?.[seg];
        if (!next)
            return undefined;
        def = next.def;
    }
    return undefined;
};
/**
 * Rewrite zod issues: each unknown key becomes its own issue at the key, suggesting the nearest valid one; a
 * "required" issue for the key that a typo was meant to be is dropped, since the typo line already says it.
 */
const explainUnknownKeys = (issues, schemaAt) => {
    const plain = (p) => p.filter((s) => typeof s !== 'symbol');
    const suggested = new Set();
    const typos = [];
    for (const i of issues) {
        if (i.code !== 'unrecognized_keys')
            continue;
        const at = plain(i.path);
        const valid = schemaAt(at) ?? [];
        for (const key of i.keys ?? []) {
            const near = nearest(key, valid);
            if (near)
                suggested.add(JSON.stringify([...at, near]));
            typos.push({ path: [...at, key], key: true, message: `unknown key "${key}"${near ? `; did you mean "${near}"?` : ''}` });
        }
    }
    const rest = issues
        .filter((i) => i.code !== 'unrecognized_keys' && !suggested.has(JSON.stringify(plain(i.path))))
        .map((i) => ({ path: plain(i.path), message: i.message }));
    return [...typos, ...rest];
};

;// CONCATENATED MODULE: ./config/load.js
// Load the config file and merge front-end overrides into per-family settings.









const exists = (p) => (0,fs_async/* access */.T_)(p).then(() => true, () => false);
const loadConfigFile = async (path) => (await readConfigFile(path)).families;
/** The families of a config file, and where each sits in it (so settings can name a key's line:column). */
const readConfigFile = async (path) => {
    const src = await (0,yaml_source/* readYamlFile */.kv)(path);
    const r = ConfigSchema.safeParse(src.value ?? {});
    if (!r.success) {
        // The config is either { families: [...] } or one family: report only the branch the file meant, so a typo
        // gives one line, not one per branch.
        const v = src.value;
        const branch = v !== null && typeof v === 'object' && 'families' in v ? 0 : 1;
        const issues = r.error.issues.flatMap((i) => i.code === 'invalid_union' && i.path.length === 0 ? (i.errors[branch] ?? i.errors.flat()) : [i]);
        const explained = explainUnknownKeys(issues, (path) => keysAt(branch === 0 ? ConfigSchema.def.options[0] : FamilyConfigSchema, path));
        throw new errors/* InputError */.dz(explained.slice(0, 10).map((i) => ({ ...src.locate(i.path, i.key), path: configKey(i.path), message: i.message })));
    }
    const families = 'families' in r.data ? r.data.families : [r.data];
    const where = families.map((_, i) => ({ prefix: 'families' in r.data ? ['families', i] : [], locate: src.locate }));
    return { families, where };
};
/**
 * Settings for each selected family. With no config file, the overrides alone must name a manifest.
 * Flags override the file; with several families, source flags need --family to say which.
 */
const resolveSettings = async (opts) => {
    const found = opts.configPath === undefined && opts.walkUp ? await findConfig(process.cwd()) : undefined;
    const path = opts.configPath ?? found ?? DEFAULT_CONFIG_PATH;
    const hasFile = opts.configPath !== undefined || (await exists(path));
    const root = opts.confine?.root ?? (await cliRoot(hasFile ? path : undefined));
    // The config is read only once it is known to lie inside: a link to /proc/self/environ is never parsed.
    if (hasFile && opts.confine && (opts.confine.inputs || opts.configPath === undefined))
        await confinePaths([
            {
                key: opts.configPath === undefined ? 'config' : 'input config',
                value: path,
                where: { file: opts.configPath === undefined ? path : 'input config' },
            },
        ], root);
    const loaded = hasFile ? await readConfigFile(path) : undefined;
    // A config found above the working directory names paths from its repository's root, where it was written for.
    const above = found === undefined ? undefined : (0,external_node_path_.resolve)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(found)));
    const base = above === undefined || above === process.cwd() ? undefined : above;
    const fromFile = (loaded?.families ?? []).map((f) => (base === undefined ? f : rebase(f, base)));
    let families = fromFile;
    if (opts.family !== undefined) {
        families = fromFile.filter((f) => f.name === opts.family);
        if (families.length === 0 && fromFile.length > 0)
            throw errors/* InputError */.dz.at(path, `has no family named "${opts.family}"`);
    }
    const overrides = defined(opts.overrides);
    if (families.length === 0) {
        if (!overrides.manifest)
            throw errors/* InputError */.dz.at(path, 'no config file and no --manifest: nothing to check');
        const only = familySettings({ ...(opts.family ? { name: opts.family } : {}), ...overrides }, 'arguments', undefined, root);
        if (opts.confine)
            await confinePaths(pathKeys(only, overrides, opts.confine, undefined), root);
        return [withGlobRoot(only, overrides, opts.confine, root)];
    }
    if (families.length > 1 && Object.keys(overrides).length > 0)
        throw errors/* InputError */.dz.at(path, `lists ${families.length} families; name one with --family to override its settings`);
    const out = [];
    for (const f of families) {
        const i = fromFile.indexOf(f);
        const where = loaded?.where[i];
        const made = familySettings(merge(f, overrides), path, where, root);
        // The default CLAUDE.md sits at the config's repository root too (and stays a default: absent is no error).
        const s = base !== undefined && f['claude-md'] === undefined && overrides['claude-md'] === undefined
            ? { ...made, claudeMd: (0,external_node_path_.join)(base, made.claudeMd) }
            : made;
        const at = (key) => where ? { at: where.locate([...where.prefix, ...key]), key: configKey([...where.prefix, ...key]), file: f } : undefined;
        if (opts.confine)
            await confinePaths(pathKeys(s, overrides, opts.confine, at), root);
        out.push(withGlobRoot(s, overrides, opts.confine, root));
    }
    return out;
};
/** The nearest .github/model-governance.yml from `dir` up to the repository root (the directory holding .git). */
const findConfig = async (dir) => {
    const start = (0,external_node_path_.resolve)(dir);
    // Outside a repository there is no root to stop at, so only the working directory counts: a config planted in a
    // shared parent (/tmp/.github/…) must never be picked up.
    const top = await (0,contain/* repositoryRoot */.Hn)(start, start);
    for (let at = start;; at = (0,external_node_path_.dirname)(at)) {
        const candidate = (0,external_node_path_.join)(at, DEFAULT_CONFIG_PATH);
        // Named from the working directory, as a typed path would be: `.github/…` there, `../../.github/…` above it.
        if (await exists(candidate))
            return (0,external_node_path_.relative)(process.cwd(), candidate);
        if (at === top || (0,external_node_path_.dirname)(at) === at)
            return undefined;
    }
};
/** A family's relative local paths, made relative to `base` instead of the working directory. */
const rebase = (f, base) => {
    const local = (v) => ((0,external_node_path_.isAbsolute)(v) || /^[a-z]+:/.test(v) ? v : (0,external_node_path_.join)(base, v));
    const out = { ...f, manifest: local(f.manifest) };
    if (f['manifest-mirror'] !== undefined)
        out['manifest-mirror'] = local(f['manifest-mirror']);
    if (f.registry?.startsWith('duckdb:'))
        out.registry = `duckdb:${local(f.registry.slice('duckdb:'.length))}`;
    if (f.deployment !== undefined)
        out.deployment = local(f.deployment);
    if (f['claude-md'] !== undefined)
        out['claude-md'] = local(f['claude-md']);
    if (f.template !== undefined)
        out.template = local(f.template);
    if (f.filenames?.globs)
        out.filenames = { ...f.filenames, globs: f.filenames.globs.map(local) };
    return out;
};
// The CLI's root: the repository holding the config file (or the working directory, when no config is used).
// Judged by where the config's name sits, not where it leads: a config that is itself a link out of the checkout
// must not carry the root along with it.
const cliRoot = async (config) => {
    const cwd = process.cwd();
    if (config === undefined)
        return (0,contain/* repositoryRoot */.Hn)(cwd, cwd);
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, config));
    return (0,contain/* repositoryRoot */.Hn)(dir, (0,contain/* isWithin */.UO)(dir, (0,external_node_path_.resolve)(cwd)) ? cwd : dir);
};
// Every local path of the effective settings, named by where it came from: an override (confined only when inputs
// are), else the config file at its line, else a default (claude-md's CLAUDE.md, which the checkout may make a link).
const pathKeys = (s, o, c, at) => {
    const keys = [];
    const add = (name, value) => {
        if (value === undefined)
            return;
        const local = localPath(name === 'claude-md' || name === 'template' ? 'other' : name === 'manifest-mirror' ? 'manifest' : name, value);
        if (local === undefined)
            return;
        if (o[name] !== undefined) {
            if (c.inputs)
                keys.push({ key: `input ${name}`, value: local, where: { file: `input ${name}` } });
            return;
        }
        const found = at?.([name]);
        keys.push(found && found.file[name] !== undefined
            ? { key: found.key, value: local, where: found.at }
            : { key: `${name} (default)`, value: local, where: found?.at ?? { file: 'arguments' }, optional: true });
    };
    add('manifest', s.manifest);
    // The mirror is a second manifest: drift prints every value in which it differs, so it is confined the same way.
    add('manifest-mirror', s.manifestMirror);
    add('registry', s.registry);
    add('deployment', s.deployment);
    add('claude-md', s.claudeMd);
    add('template', s.template);
    if (o.filenames?.globs === undefined || c.inputs)
        s.filenames.globs.forEach((g, i) => {
            const found = at?.(['filenames', 'globs', i]);
            keys.push({ key: found?.key ?? `input glob`, value: g, where: found?.at ?? { file: 'input glob' }, glob: true });
        });
    return keys;
};
// Glob matches are checked as they are listed (a link inside the checkout may lead out), unless the globs were typed.
const withGlobRoot = (s, o, c, root) => c && (o.filenames?.globs === undefined || c.inputs) ? { ...s, filenames: { ...s.filenames, within: root } } : s;
/** A config key as errors name it: `$.families[1].claude-md` (config keys are plain words, hyphens included). */
const configKey = (path) => `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`;
const defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
// Flags replace single values; filename rules merge key by key so --glob keeps the file's legacy list.
const merge = (f, o) => ({
    ...f,
    ...o,
    ...(o.filenames ? { filenames: { ...f.filenames, ...defined(o.filenames) } } : {}),
});

// EXTERNAL MODULE: ./manifest/local.js
var local = __webpack_require__(99247);
// EXTERNAL MODULE: ./util/atomic-write.js
var atomic_write = __webpack_require__(44346);
// EXTERNAL MODULE: ./util/bounded-read.js
var bounded_read = __webpack_require__(80073);
// EXTERNAL MODULE: ./util/fs-failure.js
var fs_failure = __webpack_require__(70345);
;// CONCATENATED MODULE: ./docs/file.js
// CLAUDE.md on the filesystem. Writes are atomic (util/atomic-write: exclusive temp in a private directory + rename)
// and refuse to overwrite a concurrent edit. Rules for the write, since the checkout may be hostile:
// - a CLAUDE.md that is a symbolic link is written through to its target when that lies inside the repository root,
//   and refused (exit 2) when it leads outside (util/contain resolveWriteTarget);
// - the file keeps its mode and, where the process may, its owner; other hard links keep the old bytes;
// - a full disk or read-only filesystem is exit 3 with the original intact (util/fs-failure).






// The marker search parses the document's block structure (docs/markers.ts): about 500 bytes of heap per byte
// at worst (a list item per line), so 256 KiB stays near 130 MB. A CLAUDE.md is read by a model on every session;
// a few KiB is usual.
const DOC_MAX_BYTES = 256 * 1024;
/** `root`: the repository root (the workspace in the action) that a symbolic link may lead into. */
const fsDocFile = (path, root) => ({
    name: path,
    async read() {
        try {
            return await (0,bounded_read/* readBounded */.C)(path, DOC_MAX_BYTES);
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return null;
            throw (0,local/* fsProblem */.X)(path, e);
        }
    },
    async write(bytes, previous) {
        const target = await (0,contain/* resolveWriteTarget */.ZZ)(path, root);
        const current = await (0,bounded_read/* readBounded */.C)(target, DOC_MAX_BYTES).catch((e) => {
            throw (0,local/* fsProblem */.X)(path, e);
        });
        if (!Buffer.from(current).equals(Buffer.from(previous)))
            throw errors/* InputError */.dz.at(path, 'changed while it was being updated; nothing written, run again');
        await (0,atomic_write/* replaceKeeping */.W)(target, bytes).catch((e) => {
            const env = (0,fs_failure/* environmentFailure */.W)(path, 'write of', e, '; the file is unchanged');
            if (env)
                throw env;
            // The temp file is made beside the target, so the directory must be writable, not only the file.
            if (e.code === 'EACCES' || e.code === 'EPERM')
                throw errors/* InputError */.dz.at(path, `cannot be replaced: its directory is not writable (${e.code}); nothing written`);
            throw (0,local/* fsProblem */.X)(path, e);
        });
    },
});

// EXTERNAL MODULE: ./registry/bigquery-address.js
var bigquery_address = __webpack_require__(92103);
;// CONCATENATED MODULE: ./backends.js




const manifestSource = async (address) => {
    if (address.startsWith('gs://')) {
        const { gcsManifest } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(746), __webpack_require__.e(129), __webpack_require__.e(518), __webpack_require__.e(19), __webpack_require__.e(161), __webpack_require__.e(100), __webpack_require__.e(560), __webpack_require__.e(779)]).then(__webpack_require__.bind(__webpack_require__, 3779));
        return gcsManifest(address);
    }
    return (0,local/* localManifest */.h)(address);
};
const registryFor = async (s) => {
    const r = s.registry;
    if (r === undefined)
        return undefined;
    if (r.startsWith('duckdb:')) {
        const { duckdbRegistry } = await __webpack_require__.e(/* import() */ 124).then(__webpack_require__.bind(__webpack_require__, 16124));
        return duckdbRegistry(r.slice('duckdb:'.length));
    }
    if (r.startsWith('bigquery:')) {
        const address = r.slice('bigquery:'.length);
        const { tableId } = (0,bigquery_address/* parseBigQueryAddress */.I)(address);
        return onFirstCall(tableId, async () => {
            const { bigqueryRegistry } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(746), __webpack_require__.e(129), __webpack_require__.e(518), __webpack_require__.e(851), __webpack_require__.e(161), __webpack_require__.e(100), __webpack_require__.e(950)]).then(__webpack_require__.bind(__webpack_require__, 48950));
            return bigqueryRegistry(address, { location: s.location, createTable: s.createTable });
        });
    }
    throw errors/* InputError */.dz.at(s.origin, `registry "${r}" must start with duckdb: or bigquery:`);
};
/**
 * A registry whose adapter, and with it the client library, loads on its first call rather than when it is opened:
 * BigQuery's is a large load, and drift asks the registry after its Cloud Storage reads are on the wire, so the load
 * runs while their answers are on the way instead of before they are asked. The address is checked here, up front.
 */
const onFirstCall = (name, open) => {
    let opened;
    const registry = () => (opened ??= open());
    return {
        name,
        read: async (opts) => (await registry()).read(opts),
        migration: async () => (await registry()).migration(),
        apply: async (plan, family, audit) => (await registry()).apply(plan, family, audit),
        readHistory: async () => (await registry()).readHistory(),
        historyVersion: async () => (await registry()).historyVersion(),
    };
};
const deploymentFor = async (s) => {
    const d = s.deployment;
    if (d === undefined)
        return undefined;
    if (!s.modelEnv)
        throw errors/* InputError */.dz.at(s.origin, 'a deployment needs model-env: the variable that names the served model file');
    if (d.startsWith('run:')) {
        const { cloudRunDeployment } = await Promise.all(/* import() */[__webpack_require__.e(746), __webpack_require__.e(161), __webpack_require__.e(998)]).then(__webpack_require__.bind(__webpack_require__, 61998));
        return cloudRunDeployment(d.slice('run:'.length));
    }
    const { serviceYamlDeployment } = await __webpack_require__.e(/* import() */ 105).then(__webpack_require__.bind(__webpack_require__, 91105));
    return serviceYamlDeployment(d);
};
/**
 * Model objects are checked when the manifest is on gs:// (Cloud Storage access is there already), or when
 * verify-artifacts is set explicitly; a local manifest alone (say, a fork PR's check) never needs GCS.
 */
const artifactsFor = async (s) => {
    if (s.verifyArtifacts === 'none' || !(s.manifest.startsWith('gs://') || s.verifyArtifactsExplicit))
        return undefined;
    const { gcsArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(746), __webpack_require__.e(129), __webpack_require__.e(518), __webpack_require__.e(19), __webpack_require__.e(161), __webpack_require__.e(100), __webpack_require__.e(560), __webpack_require__.e(207)]).then(__webpack_require__.bind(__webpack_require__, 7207));
    return gcsArtifacts();
};
const openSources = async (s, need) => {
    const [manifest, mirror, registry, deployment, artifacts] = await Promise.all([
        manifestSource(s.manifest),
        need.mirror && s.manifestMirror !== undefined ? manifestSource(s.manifestMirror) : undefined,
        need.registry ? registryFor(s) : undefined,
        need.deployment ? deploymentFor(s) : undefined,
        need.artifacts ? artifactsFor(s) : undefined,
    ]);
    return {
        family: s.name ?? '',
        manifest,
        ...(mirror ? { mirror } : {}),
        ...(registry ? { registry } : {}),
        ...(deployment ? { deployment } : {}),
        ...(need.doc ? { doc: fsDocFile(s.claudeMd, s.root) } : {}),
        ...(artifacts ? { artifacts } : {}),
    };
};

;// CONCATENATED MODULE: ./config/offline.js
// Offline runs (a PR check has no cloud credentials, and fork PRs never will): cloud sources are dropped
// with a notice instead of failing the run. Pure.

const offlineSettings = (s) => {
    if (s.manifest.startsWith('gs://'))
        throw errors/* InputError */.dz.at(s.origin, `offline: the manifest ${s.manifest} is in Cloud Storage; point manifest at the repository copy for PR checks`);
    const skipped = [];
    const skip = (what, address) => skipped.push({
        code: 'source.skipped',
        severity: 'notice',
        message: `offline: ${what} ${address} not read (needs Google Cloud credentials)`,
    });
    let { registry, deployment, manifestMirror } = s;
    if (manifestMirror?.startsWith('gs://')) {
        skip('manifest mirror', manifestMirror);
        manifestMirror = undefined;
    }
    if (registry?.startsWith('bigquery:')) {
        skip('registry', registry);
        registry = undefined;
    }
    if (deployment?.startsWith('run:')) {
        skip('deployment', deployment);
        deployment = undefined;
    }
    return { settings: { ...s, manifestMirror, registry, deployment, verifyArtifacts: 'none' }, skipped };
};

// EXTERNAL MODULE: ./docs/limits.js
var docs_limits = __webpack_require__(4892);
;// CONCATENATED MODULE: ./filenames/fs.js
// Filesystem listing for filename globs (adapter: the lint itself stays pure). Globs from the config or the action's
// inputs carry `within`: each match must resolve inside that root (config/confine.ts), so a link in the checkout
// cannot list files outside the workspace into the summary or a comment.



const listFiles = async (globs, within) => {
    const seen = new Set();
    for (const g of globs) {
        const matches = await (0,fs_async/* glob */.TI)(g);
        if (within !== undefined)
            await confineMatches(g, matches, within);
        for (const p of matches)
            seen.add(p);
    }
    return [...seen].sort().map((p) => ({ name: (0,external_node_path_.basename)(p), location: { file: p } }));
};

;// CONCATENATED MODULE: ./modes/index.js
// Each mode loads on demand, so a run pays start-up only for its own code (lint-filenames never parses
// the diff or template libraries).
const MODE_RUNNERS = {
    sync: async () => (await Promise.all(/* import() */[__webpack_require__.e(283), __webpack_require__.e(354)]).then(__webpack_require__.bind(__webpack_require__, 37354))).sync,
    drift: async () => (await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(751), __webpack_require__.e(516), __webpack_require__.e(508)]).then(__webpack_require__.bind(__webpack_require__, 67508))).drift,
    duplicate: async () => (await __webpack_require__.e(/* import() */ 994).then(__webpack_require__.bind(__webpack_require__, 97994))).duplicate,
    'claude-md': async () => (await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(751), __webpack_require__.e(516), __webpack_require__.e(74)]).then(__webpack_require__.bind(__webpack_require__, 44074))).claudeMd,
    'lint-filenames': async () => (await __webpack_require__.e(/* import() */ 461).then(__webpack_require__.bind(__webpack_require__, 19461))).lintFilenamesMode,
    gate: async () => (await __webpack_require__.e(/* import() */ 852).then(__webpack_require__.bind(__webpack_require__, 35852))).gate,
    list: async () => (await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 20477))).list,
    history: async () => (await Promise.all(/* import() */[__webpack_require__.e(283), __webpack_require__.e(164)]).then(__webpack_require__.bind(__webpack_require__, 48783))).history,
    promote: async () => (await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(550), __webpack_require__.e(319)]).then(__webpack_require__.bind(__webpack_require__, 24319))).promote,
};
/** Which ports a mode reads, so nothing else is opened (or loaded). */
const NEEDS = {
    sync: { registry: true },
    drift: { registry: true, deployment: true, doc: true, artifacts: true, mirror: true },
    duplicate: { registry: true },
    'claude-md': { doc: true },
    'lint-filenames': {},
    gate: { registry: true },
    list: { registry: true },
    history: { registry: true },
    promote: { registry: true },
};
/**
 * Whether a run of the mode writes (the registry, a manifest or CLAUDE.md). Declared for every mode, so a new mode
 * says so: the engine runs a writing mode's families one after another (see familyPool).
 */
const WRITES = {
    sync: () => true,
    drift: () => false,
    duplicate: () => false,
    'claude-md': (o) => o.claudeMdAction === 'write',
    'lint-filenames': () => false,
    gate: () => false,
    list: () => false,
    history: () => false,
    promote: () => true,
};

// EXTERNAL MODULE: ./report/types.js
var types = __webpack_require__(22074);
// EXTERNAL MODULE: ./util/limit.js
var limit = __webpack_require__(73646);
;// CONCATENATED MODULE: ./service-limits.js

/**
 * Calls in flight per service, across all families of one run. Why these numbers:
 * - gcs 32: Cloud Storage has no per-project request quota for reads (a bucket starts at about 5,000 object reads a
 *   second and scales up); the bound is open sockets. Object stats are many and tiny (16 per family at most already).
 * - gcsStream 4: hashing is bandwidth-bound; four streamed downloads fill the link, more only share it (and hold memory).
 * - bigquery 16: each read is a jobs.query, which counts against the project's concurrent interactive queries (100,
 *   shared with every other user of the project) and the 100 API requests per second per user; 32 is under a third,
 *   and as many as the family pool (engine.ts FAMILY_POOL), so no family of a full pool waits on another's query.
 * - run 32: the Cloud Run Admin API's read quota counts requests per minute and region; a run makes about two reads a
 *   family (GetService, then the revisions holding traffic) whatever the concurrency, so the bound only keeps a big
 *   config from arriving as one burst. As many services at once as the family pool: with 4, twenty families waited
 *   five rounds of two round trips on Cloud Run alone (seen in the bench's CPU profile as idle time).
 * - duckdb 1: a DuckDB file is opened by one instance at a time in this process (a second open of the same file in one
 *   process is not something DuckDB promises to allow); its reads are local and fast, so families queue.
 */
const SERVICE_LIMITS = { gcs: 32, gcsStream: 4, bigquery: 32, run: 32, duckdb: 1 };
const serviceLimits = (limits = SERVICE_LIMITS) => Object.fromEntries(Object.entries(limits).map(([k, n]) => [k, (0,limit/* limiter */.T)(n)]));
const serviceOfManifest = (address) => (address.startsWith('gs://') ? 'gcs' : undefined);
const serviceOfRegistry = (address) => address?.startsWith('bigquery:') ? 'bigquery' : address?.startsWith('duckdb:') ? 'duckdb' : undefined;
const serviceOfDeployment = (address) => (address?.startsWith('run:') ? 'run' : undefined);
const limitManifest = (m, l) => l
    ? {
        name: m.name,
        load: () => l(() => m.load()),
        ...(m.write ? { write: (bytes, read) => l(() => m.write(bytes, read)) } : {}),
    }
    : m;
const limitRegistry = (r, l) => l
    ? {
        name: r.name,
        read: (opts) => l(() => r.read(opts)),
        migration: () => l(() => r.migration()),
        apply: (plan, family, audit) => l(() => r.apply(plan, family, audit)),
        readHistory: () => l(() => r.readHistory()),
        historyVersion: () => l(() => r.historyVersion()),
        ...(r.close ? { close: () => r.close() } : {}),
    }
    : r;
const limitDeployment = (d, l) => l ? { name: d.name, read: (env) => l(() => d.read(env)) } : d;
const limitArtifacts = (a, stat, stream) => ({
    name: a.name,
    stat: (path) => stat(() => a.stat(path)),
    sha256: (path, generation, onProgress) => stream(() => a.sha256(path, generation, onProgress)),
});
/** The family's sources with each Google (and DuckDB) call waiting for its service's limiter. */
const limitSources = (s, settings, limits) => {
    const of = (service) => (service ? limits[service] : undefined);
    return {
        ...s,
        manifest: limitManifest(s.manifest, of(serviceOfManifest(settings.manifest))),
        ...(s.mirror && settings.manifestMirror !== undefined
            ? { mirror: limitManifest(s.mirror, of(serviceOfManifest(settings.manifestMirror))) }
            : {}),
        ...(s.registry ? { registry: limitRegistry(s.registry, of(serviceOfRegistry(settings.registry))) } : {}),
        ...(s.deployment ? { deployment: limitDeployment(s.deployment, of(serviceOfDeployment(settings.deployment))) } : {}),
        ...(s.artifacts ? { artifacts: limitArtifacts(s.artifacts, limits.gcs, limits.gcsStream) } : {}),
    };
};

;// CONCATENATED MODULE: ./util/ordered-log.js
const orderedLog = (count, sink) => {
    const held = Array.from({ length: count }, () => []);
    const finished = new Array(count).fill(false);
    let head = 0; // the first task not yet finished: its lines go straight to the sink
    return {
        of: (i) => (line) => {
            if (i === head)
                sink(line);
            else
                held[i]?.push(line);
        },
        done(i) {
            finished[i] = true;
            while (head < count && finished[head]) {
                head++;
                if (head < count) {
                    for (const line of held[head] ?? [])
                        sink(line);
                    held[head] = [];
                }
            }
        },
    };
};

;// CONCATENATED MODULE: ./engine.js
// The one engine both front ends call: settings in, reports out.













/**
 * Families that only read run this many at once: their waits on the network overlap, and the service limiters
 * (service-limits.ts) bound what each service sees. A family's drift is a chain of about four round trips (manifest
 * metadata → download → object stats, Cloud Run's service → revision beside them) around some 15 ms of CPU, so at
 * 50 ms a round trip the one thread idles unless a dozen or more families are on the way; with eight, twenty
 * families took three waves of that chain (the bench's "many families" row), and with sixteen two: the last four
 * started only as the first finished, a whole chain after the rest. Past about a dozen in flight the one thread's CPU
 * is the bound, so a larger pool costs no throughput; it only spares a config of up to 32 families a second wave.
 * Each family holds its parsed manifest while it waits: the usual few-KiB manifests cost nothing, but the pool does
 * not bound memory by manifest size, so many families at the 16 MiB limit would not fit a 512 MiB heap (README,
 * Input limits).
 */
const FAMILY_POOL = 32;
/**
 * Modes that write run their families one after another: families may share a registry table or a CLAUDE.md, and
 * each write is a compare-and-swap against what that family read (two at once on one table would make the second
 * fail, or on BigQuery wait on each other's DML).
 */
const familyPool = (options, io = {}) => WRITES[options.mode](options) ? 1 : Math.max(1, io.familyPool ?? FAMILY_POOL);
const runFamilies = async (families, options, log, io = {}) => {
    // promote rewrites a manifest: run over every family, one bad family would come after another's write.
    if (options.mode === 'promote' && families.length > 1)
        throw errors/* InputError */.dz.at(families[0]?.origin ?? 'arguments', `promote changes one manifest; name its family with --family (the config lists ${families.length})`);
    // Reports keep the config's order and each family's log lines print as if families ran one after another, so the
    // output is the same bytes whatever finished first.
    const logs = orderedLog(families.length, log);
    const limits = serviceLimits();
    return (0,limit/* mapLimit */.s)(families, familyPool(options, io), async (given, i) => {
        try {
            return await runFamily(given, options, logs.of(i), io, limits);
        }
        catch (e) {
            // One family's bad manifest or failed service is reported as that family's result, and the other families
            // still run; the exit code is the worst of them. A single family fails the run as before (one line, its code).
            if (families.length === 1)
                throw e;
            return failedReport(options.mode, given.name ?? given.manifest, e);
        }
        finally {
            logs.done(i);
        }
    });
};
const runFamily = async (given, options, log, io, limits) => {
    const { settings, skipped } = options.offline ? offlineSettings(given) : { settings: given, skipped: [] };
    const opened = await openSources(settings, NEEDS[options.mode]);
    try {
        const limited = limitSources(opened, settings, limits);
        const sources = io.adapt ? await io.adapt(limited, settings) : limited;
        const run = await MODE_RUNNERS[options.mode]();
        const report = await run({
            settings,
            options,
            sources,
            listFiles: (globs) => (io.listFiles ?? listFiles)(globs, settings.filenames.within),
            readTemplate: (p) => (0,bounded_read/* readBounded */.C)(p, docs_limits/* TEMPLATE_MAX_BYTES */.o).then((bytes) => (0,json_source/* decodeUtf8 */._6)(p, bytes), (e) => Promise.reject((0,local/* fsProblem */.X)(p, e, 'template'))),
            log,
        });
        return skipped.length ? { ...report, findings: [...report.findings, ...skipped] } : report;
    }
    finally {
        await opened.registry?.close?.();
    }
};
/** A family that could not be checked: its error as findings (located where the input says), and its exit code. */
const failedReport = (mode, family, e) => {
    const findings = e instanceof errors/* InputError */.dz
        ? e.problems.map((p) => ({
            code: 'input.invalid',
            severity: 'error',
            message: p.path ? `${p.path}: ${p.message}` : p.message,
            location: { file: p.file, ...(p.line === undefined ? {} : { line: p.line, column: p.column ?? 1 }) },
        }))
        : [{ code: 'service.failed', severity: 'error', message: (0,errors/* messageOf */.bD)(e) }];
    const why = e instanceof errors/* InputError */.dz ? 'bad input' : 'a service failed';
    return { ...(0,types/* makeReport */.dO)(mode, family, findings, `Not checked: ${why} (exit ${(0,errors/* exitCodeFor */.Rr)(e)})`), failure: (0,errors/* exitCodeFor */.Rr)(e) };
};
/** Whether a finding fails the run at this fail-on level. */
const blocks = (f, failOn) => failOn === 'never' ? false : failOn === 'warning' ? f.severity !== 'notice' : f.severity === 'error';
/** The worst of the families: a family that could not be checked (2 or 3) outranks findings (1). */
const exitCodeOf = (reports, failOn) => Math.max(reports.some((r) => r.findings.some((f) => blocks(f, failOn))) ? errors/* EXIT */.dc.findings : errors/* EXIT */.dc.clean, ...reports.map((r) => r.failure ?? errors/* EXIT */.dc.clean));

// EXTERNAL MODULE: ./manifest/schema.js
var schema = __webpack_require__(8185);
// EXTERNAL MODULE: ./util/printable.js
var printable = __webpack_require__(92426);
;// CONCATENATED MODULE: ./util/workflow-commands.js
// Printed text must never become a workflow command. The Actions runner (actions/runner: ProcessInvoker reads a step's
// output with .NET StreamReader.ReadLine, so LF, CR and CRLF each end a line; ActionCommand.TryParseV2 trims leading
// white space with String.TrimStart, then takes a line that starts with `::NAME` as a command; TryParse also takes
// `##[NAME` ANYWHERE in a line) would run `::stop-commands::T` (silencing every later annotation), `::add-mask::`,
// `::warning` ... carried in by a file name, a service name or a manifest value.
// THE RULE: no line the program prints may start with `::` (after white space) or contain `##[` unless the program
// composed that command, and only @actions/core composes them (with their data escaped: %0A, %0D). Every other text
// (core.info lines, CLI stdout/stderr, the job summary, outputs) passes through `safeLines` (or `logLine` for a line
// built from values, `safeJson` for JSON) on its way out; test/util/workflow-commands.test.ts fails the suite when a
// source file prints by any other route.

/** Where the runner ends a line. */
const BREAK = /\r\n|\r|\n/;
// JS `\s` plus U+0085: a superset of .NET's Char.IsWhiteSpace, which TrimStart strips before looking for `::`.
const COMMAND_START = /^([\s\u0085]*):(?=:)/;
const LEGACY_COMMAND = /##\[/g;
/** One line made inert: a leading `::` and any `##[` are shown with the first character as a \uXXXX escape. */
const neutraliseLine = (line) => line.replace(COMMAND_START, '$1\\u003a').replace(LEGACY_COMMAND, '\\u0023#[');
// Without a CR, a `::` or a `##[`, no line can change: such text (a 10,000-row plan's JSON is 37,000 lines) is
// returned as it is rather than split, checked and joined.
const MAY_CHANGE = /\r|::|##\[/;
/** Multi-line text made inert line by line; line ends are normalised to LF, nothing else changes. */
const safeLines = (text) => (MAY_CHANGE.test(text) ? text.split(BREAK).map(neutraliseLine).join('\n') : text);
/** A log line built from values: a LF inside it is shown as \\n (printable shows CR and the rest as \\uXXXX). */
const logLine = (line) => neutraliseLine((0,printable/* printable */.g)(line).replaceAll('\n', '\\n'));
/** Continuation lines of a multi-line value, indented under the line that holds it (the guard still applies). */
const indentContinuation = (text, indent) => text.replace(/\r\n|\r|\n/g, `\n${indent}`);
/**
 * JSON text with `##[` and U+2028/U+2029 written as JSON escapes: the same value for every JSON reader (lossless), and
 * no legacy command or line separator for a log reader. JSON never starts a line with `::` (strings keep \n escaped).
 */
const workflow_commands_safeJson = (json) => json.replace(LEGACY_COMMAND, '\\u0023#[').replace(/[\u2028\u2029]/g, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16)}`);

;// CONCATENATED MODULE: ./report/budget.js
// GitHub's size limits, one budget per channel. THE RULE: every text the action hands GitHub fits its channel's budget,
// and whatever is left out is announced by a visible "truncated, N more" line (never a silent cut); every truncated
// form keeps its marker (the marker is in the head, which is kept). The full JSON always goes to the findings-file.
// GitHub drops a step summary over 1 MiB, keeps an output up to 1 MB, a check-run summary/text up to 65,535
// characters, a comment/issue/PR body up to 65,536, takes 50 annotations a request and shows 10 error and 10 warning
// annotations a step from workflow commands.
const BUDGET = {
    /** Job summary, in UTF-8 bytes (the runner measures the file). */
    summaryBytes: 1024 * 1024,
    /** Each step output, in UTF-8 bytes. */
    outputBytes: 1_000_000,
    /** Check-run output.summary / output.text, in characters. */
    checkText: 65_535,
    /** Comment, issue and pull-request bodies, in characters. */
    body: 65_536,
    annotationsPerRequest: 50,
    /** Check-run annotations per run: 20 requests; the job summary and the findings-file list every finding. */
    annotationsPerRun: 1_000,
    /** Workflow-command annotations per severity: what GitHub shows of a step. */
    commandAnnotationsPerSeverity: 10,
};
const budget_chars = (s) => s.length;
const budget_utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');
/** The longest prefix of `text` within `limit` by `measure`, never splitting a surrogate pair. */
const budget_cutTo = (text, limit, measure = budget_chars) => {
    if (measure(text) <= limit)
        return text;
    let lo = 0;
    let hi = Math.min(text.length, limit);
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(text.slice(0, mid)) <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    const code = text.charCodeAt(lo - 1);
    return text.slice(0, code >= 0xd800 && code <= 0xdbff ? lo - 1 : lo);
};
/** The largest n in [lo, hi] with ok(n), or undefined when not even ok(lo); ok must be monotone (true then false). */
const budget_largest = (lo, hi, ok) => {
    if (hi < lo || !ok(lo))
        return undefined;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (ok(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
};
/** "truncated, 1,234 more findings: where" (`where` optional). */
const budget_truncatedLine = (n, what, where = '') => `truncated, ${n.toLocaleString('en-US')} more ${what}${n === 1 ? '' : 's'}${where ? `: ${where}` : ''}`;

;// CONCATENATED MODULE: ./report/json.js
// The JSON contract: one object per report (an array when several families ran, and always for duplicate). See
// README "JSON contract".


const toContract = (r) => ({
    mode: r.mode,
    family: r.family,
    ok: r.ok,
    summary: r.summary,
    findings: r.findings,
    plan: r.plan ?? null,
    ...(r.block ? { block: r.block.rendered, diff: r.block.diff } : {}),
    // Additive: only reports that run a checklist (gate) carry it, so other modes' JSON is unchanged.
    ...(r.checklist ? { checklist: r.checklist } : {}),
    ...(r.listing ? { listing: r.listing } : {}),
    ...(r.history ? { history: r.history } : {}),
});
/**
 * Modes whose JSON is always an array of per-family objects, even for one family: scripts call `duplicate --json`
 * before training and read it without guessing the shape (README "JSON contract"). Other modes keep one object for
 * one family; each array element is exactly that object.
 */
const ALWAYS_ARRAY = new Set(['duplicate']);
/** Whether the CLI prints this mode's JSON as an array whatever the number of families. */
const alwaysArray = (mode) => ALWAYS_ARRAY.has(mode);
// One report is one object unless its mode always prints an array; several are an array.
const shape = (reports, items) => items.length === 1 && !reports.every((r) => alwaysArray(r.mode)) ? items[0] : items;
/** JSON text; `##[` and line separators inside strings are JSON escapes (the same values, see workflow-commands). */
const renderJson = (reports) => `${workflow_commands_safeJson(JSON.stringify(shape(reports, reports.map(toContract)), null, 2))}\n`;
/**
 * The JSON contract within `limit` UTF-8 bytes (a step output): when the whole does not fit, every report keeps its
 * first k findings (errors first), k as large as fits, and says what it lost in a `truncated` line naming `where` the
 * full JSON is; a plan too large even then is dropped the same way. Still valid JSON of the same shape.
 */
const renderJsonWithin = (reports, limit, where) => {
    const full = renderJson(reports).trim();
    if (utf8Bytes(full) <= limit)
        return full;
    const fullJson = `the full JSON is in ${where}`;
    const render = (k, plans) => {
        const cut = reports.map((r) => {
            const c = toContract(r);
            const lost = Math.max(0, r.findings.length - k);
            const dropPlan = !plans && c.plan !== null;
            const what = [...(lost ? [truncatedLine(lost, 'finding')] : []), ...(dropPlan ? ['the plan is left out'] : [])];
            return {
                ...c,
                findings: r.findings.slice(0, k),
                plan: dropPlan ? null : c.plan,
                ...(what.length ? { truncated: `${what.join('; ')}; ${fullJson}` } : {}),
            };
        });
        return safeJson(JSON.stringify(shape(reports, cut), null, 2));
    };
    const most = Math.max(0, ...reports.map((r) => r.findings.length));
    // A finding is at least 40 bytes of JSON, so no more than limit/40 can fit: each try stays small.
    const hi = Math.min(most, Math.floor(limit / 40));
    for (const plans of [true, false]) {
        const k = largest(0, hi, (n) => utf8Bytes(render(n, plans)) <= limit);
        if (k !== undefined)
            return render(k, plans);
    }
    return JSON.stringify({ truncated: `${truncatedLine(reports.length, 'report')}; ${fullJson}` });
};
/** The sync plan as JSON within `limit` UTF-8 bytes; a larger one becomes its table and a "truncated, N more" line. */
const renderPlanWithin = (plan, limit, where) => {
    const json = safeJson(JSON.stringify(plan));
    if (utf8Bytes(json) <= limit)
        return json;
    const changes = plan.insert.length + plan.update.length + plan.delete.length;
    return safeJson(JSON.stringify({ table: plan.table, truncated: truncatedLine(changes, 'change', `the plan is in ${where}`) }));
};

// EXTERNAL MODULE: ./checks/migration.js
var migration = __webpack_require__(21968);
// EXTERNAL MODULE: ./docs/inert.js + 1 modules
var inert = __webpack_require__(24556);
;// CONCATENATED MODULE: ./list/gantt.js
// The Mermaid `gantt` chart of training windows and production periods. Pure and deterministic.
//
// Every label comes from data, so it is reduced to characters Mermaid's gantt grammar treats as plain text:
// the lexer ends a task's text at `:` and a line at a newline, treats `#…;` as an entity, `%` as the start of a
// comment, and reads a line that begins with a keyword (section, title, click, excludes, a date…, in any case)
// as that statement. So a label keeps only ASCII letters, digits and `_ . - + / = , ( )` and spaces (anything
// else becomes `?`, which also stops `@mentions` and `#references`), is cut to a bounded length, and starts with
// `›`, a character no gantt statement begins with. The exact ids are in the table above the chart.

const LABEL_MAX = 60;
/** GitHub refuses diagrams above ~50,000 characters; this many models keeps well below it. */
const CHART_MAX_MODELS = 50;
const PLAIN = /^[A-Za-z0-9_.\-+/=,() ]$/u;
/** Text that Mermaid's gantt lexer reads as plain text, on one line, at most `max` characters. */
const ganttText = (value, max = LABEL_MAX) => {
    const chars = [...value.replace(/\s+/g, ' ').trim()].map((c) => (PLAIN.test(c) ? c : '?'));
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
};
const ganttLabel = (id) => `› ${ganttText(id) || '(blank)'}`;
const trainingTag = (m) => (m.is_production ? 'active, ' : m.status === 'deprecated' ? 'done, ' : '');
/** The models the chart draws: all of them, or the CHART_MAX_MODELS whose training ended last. */
const chartModels = (listing) => {
    // A registry is data too: a row whose dates are not real dates cannot be drawn (and must not reach the source).
    const drawable = listing.models.filter((m) => m.training_start_date !== null &&
        m.training_end_date !== null &&
        (0,schema/* isCalendarDate */.tf)(m.training_start_date) &&
        (0,schema/* isCalendarDate */.tf)(m.training_end_date));
    if (drawable.length <= CHART_MAX_MODELS)
        return drawable;
    const keep = new Set([...drawable]
        .sort((a, b) => (a.training_end_date < b.training_end_date ? 1 : a.training_end_date > b.training_end_date ? -1 : 0))
        .slice(0, CHART_MAX_MODELS));
    return drawable.filter((m) => keep.has(m));
};
/**
 * The chart's source, without the code fence. Dates are inclusive (`inclusiveEndDates`), so every date in the
 * source is a date from the data (or the as-of day). Task ids are generated (t0…, p0…), never taken from data.
 */
const ganttChart = (listing, family) => {
    const models = chartModels(listing);
    const ids = new Set(models.map((m) => m.model_id));
    const periods = listing.production_periods.filter((p) => ids.has(p.model_id) && (0,schema/* isCalendarDate */.tf)(p.from) && (0,schema/* isCalendarDate */.tf)(p.to));
    return [
        'gantt',
        `  title ${ganttText(`${family} training windows and production (as of ${listing.as_of})`, 200)}`,
        '  dateFormat YYYY-MM-DD',
        '  inclusiveEndDates',
        // The chart is as of one day; a marker at the viewer's today would contradict an earlier --as-of.
        '  todayMarker off',
        '  section Training',
        ...models.map((m, i) => `  ${ganttLabel(m.model_id)} :${trainingTag(m)}t${i}, ${m.training_start_date}, ${m.training_end_date}`),
        ...(periods.length
            ? [
                '  section Production',
                ...periods.map((p, i) => `  ${ganttLabel(p.model_id)} :${p.current ? 'active' : 'done'}, p${i}, ${p.from}, ${p.to}`),
            ]
            : []),
    ].join('\n');
};

;// CONCATENATED MODULE: ./list/render.js
// The listing as text (terminal, log) and markdown (job summary, PR comment, check run). Pure.


/** Rows a markdown table shows before it says how many more there are (every row is in the JSON). */
const TABLE_MAX_ROWS = 200;
const num = (n, digits, suffix = '') => (n === null ? 'n/a' : `${Number(n.toFixed(digits))}${suffix}`);
const columns = (m) => [
    m.model_id,
    m.model_version ?? 'n/a',
    `${m.training_start_date ?? 'n/a'}..${m.training_end_date ?? 'n/a'}`,
    m.is_production ? 'yes' : 'no',
    m.status ?? 'n/a',
    m.sha256_prefix ?? 'n/a',
    num(m.hit_rate_edge_3plus, 1, '%'),
    num(m.evaluation_mae, 2),
    m.promoted_at ?? 'n/a',
];
const HEAD = ['model', 'version', 'training', 'production', 'status', 'sha256', 'hit rate 3+', 'MAE', 'promoted_at'];
const from = (l) => (l.source === 'registry' ? l.name : `${l.name} (the manifest: no registry read)`);
// One line per value: a registry value may hold a newline, which must never start a log line of its own.
const oneLine = (s) => s.replace(/\s+/g, ' ');
/**
 * Aligned columns. Every row starts with a fixed mark (`*` production, `-` otherwise), so no value from the
 * registry can begin a line (a runner reads a line starting with `::` as a workflow command).
 */
const listingText = (l) => {
    const rows = [HEAD.map((h) => h.toUpperCase()), ...l.models.map((m) => columns(m).map(oneLine))];
    const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
    const pad = (r) => r
        .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - [...c].length)))
        .join('  ')
        .trimEnd();
    const [head, ...body] = rows;
    return [
        `  ${oneLine(from(l))}, as of ${l.as_of}: ${l.models.length} model${l.models.length === 1 ? '' : 's'}`,
        ...(l.models.length ? [`    ${pad(head ?? [])}`, ...body.map((r, i) => `  ${l.models[i]?.is_production ? '*' : '-'} ${pad(r)}`)] : []),
    ];
};
const listingMarkdown = (l, family) => {
    if (l.models.length === 0)
        return `_No models of this family in ${(0,inert/* inert */.t)(from(l))}._\n`;
    const shown = l.models.slice(0, TABLE_MAX_ROWS);
    const drawn = chartModels(l).length;
    return [
        `Rows of ${(0,inert/* inert */.t)(from(l))}, as of ${(0,inert/* inert */.t)(l.as_of)}:`,
        '',
        `| ${HEAD.map(inert/* inert */.t).join(' | ')} |`,
        `|${HEAD.map(() => '---').join('|')}|`,
        ...shown.map((m) => `| ${columns(m)
            .map((c, i) => (i === 0 && m.is_production ? `**${(0,inert/* inert */.t)(c)}**` : (0,inert/* inert */.t)(c)))
            .join(' | ')} |`),
        ...(l.models.length > shown.length ? ['', `_${l.models.length - shown.length} more rows are in the JSON output._`] : []),
        '',
        '```mermaid',
        ganttChart(l, family),
        '```',
        ...(drawn < l.models.length
            ? ['', `_The chart draws ${drawn} of ${l.models.length} models (at most ${CHART_MAX_MODELS}, latest training end first)._`]
            : []),
        '',
    ].join('\n');
};

;// CONCATENATED MODULE: ./report/history.js

const manifestOf = (e) => e.manifest_generation === null ? `sha256 ${e.manifest_sha256.slice(0, 12)}` : `generation ${e.manifest_generation}`;
/** A one-line account of why and how, for both renderings. */
const why = (e) => [
    e.reason === null ? '' : `reason: ${JSON.stringify(e.reason)}`,
    e.forced ? `forced${e.failed_gates?.length ? ` past failed gates: ${e.failed_gates.join(', ')}` : ''}` : '',
]
    .filter(Boolean)
    .join('; ');
/** Updates list their fields; baseline/insert/delete rows carry the whole row, summarised by its state. */
const changedFields = (e) => e.change === 'update'
    ? e.fields.map((f) => `${f.field}: ${(0,printable/* showValue */.v)(f.old)} → ${(0,printable/* showValue */.v)(f.new)}`)
    : [`status: ${(0,printable/* showValue */.v)(e.status)}, is_production: ${e.is_production} (${e.fields.length} fields)`];
// History rows come from a table anyone with write access can fill: a value must never break a line (a line that
// starts with `::` is a workflow command). Control characters are left to printable(), as for the rest of the text.
const history_oneLine = (l) => l.replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n');
const historyText = (h) => [
    ...(h.production?.model_id
        ? [
            `Production at ${h.production.at}: ${h.production.model_id} (since ${h.production.since}${h.production.since_baseline ? ', the start of the history' : ''})`,
        ]
        : []),
    `History (newest first${h.at ? `, up to ${h.at}` : ''}):`,
    ...h.entries.flatMap((e) => [
        `  ${e.changed_at}  ${e.change.padEnd(8)}  ${e.model_id}  by ${e.actor}, manifest ${manifestOf(e)}${why(e) ? `; ${why(e)}` : ''}`,
        ...changedFields(e).map((l) => `      ${l}`),
    ]),
].map(history_oneLine);
const historyMarkdown = (h, cell) => `${[
    '| Time (UTC) | Change | Model | Fields | By | Manifest | Reason |',
    '|---|---|---|---|---|---|---|',
    ...h.entries.map((e) => `| ${cell(e.changed_at)} | ${cell(e.change)} | ${cell(e.model_id)} | ${changedFields(e).map(cell).join('<br>')} | ${cell(e.actor)} | ${cell(manifestOf(e))} | ${cell(why(e))} |`),
].join('\n')}\n`;

;// CONCATENATED MODULE: ./report/markdown.js
// Markdown rendering for job summaries, PR comments and check-run bodies. Every value is escaped.






const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const cell = (v) => (v === undefined ? '' : v === null ? 'NULL' : (0,inert/* inert */.t)(typeof v === 'string' ? v : JSON.stringify(v)));
/** A value (expected, actual, a plan's old and new): long ones by their head and length; the JSON keeps them whole. */
const valueCell = (v) => (v === undefined ? '' : (0,inert/* inert */.t)((0,printable/* showValue */.v)(v)));
const where = (f) => f.location ? (0,inert/* inert */.t)(`${f.location.file}${f.location.line === undefined ? '' : `:${f.location.line}:${f.location.column ?? 1}`}`) : '';
/**
 * What `expected` and `actual` mean, by mode: in drift the manifest's value against another source's, in duplicate
 * the window asked about against one already trained, in a gate the bound against the model's value.
 */
const VALUE_HEADS = {
    duplicate: ['Requested window', 'Trained window'],
    gate: ['Bound', 'Value'],
    promote: ['Bound', 'Value'],
};
const DEFAULT_HEADS = ['Expected (manifest)', 'Actual'];
/** The findings as a table; with `maxRows` below their number, the first rows and a visible "truncated, N more" line. */
const findingsTable = (findings, maxRows = findings.length, mode) => findings.length === 0
    ? '_No findings._\n'
    : `${[
        `| | Finding | Where | ${((mode && VALUE_HEADS[mode]) || DEFAULT_HEADS).join(' | ')} |`,
        '|---|---|---|---|---|',
        ...findings
            .slice(0, Math.max(0, maxRows))
            .map((f) => `| ${ICON[f.severity]} | ${cell(f.message)} \`${f.code}\` | ${where(f)} | ${valueCell(f.expected)} | ${valueCell(f.actual)} |`),
    ].join('\n')}\n${maxRows < findings.length ? `\n_${budget_truncatedLine(findings.length - maxRows, 'finding', 'not shown here')}._\n` : ''}`;
const checklistList = (items) => `${items.map((i) => `- ${i.passed ? '✅ passed' : '❌ failed'}: ${cell(i.label)}`).join('\n')}\n`;
const planTable = (p) => `${[
    `| Action | Model | Changes |`,
    '|---|---|---|',
    ...(p.migrate ?? []).map((c) => `| add column | | ${cell((0,migration/* columnAddLine */.iC)(c))} |`),
    ...p.insert.map((r) => `| insert | ${cell(r.model_id)} | |`),
    ...p.update.map((u) => `| update | ${cell(u.row.model_id)} | ${u.changes.map((c) => `${cell(c.field)}: ${valueCell(c.old)} → ${valueCell(c.new)}`).join('<br>')} |`),
    ...p.extra.map((r) => `| ${p.delete.includes(r.model_id) ? 'delete' : 'extra (kept)'} | ${cell(r.model_id)} | |`),
    `| unchanged | ${p.unchanged.length} model(s) | |`,
].join('\n')}\n`;
const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
/** "2 errors, 1 warning, 0 notices" for a list of findings. */
const countLine = (findings) => ['error', 'warning', 'notice'].map((s) => plural(findings.filter((f) => f.severity === s).length, s)).join(', ');
const sectionHead = (r) => `### ${r.ok ? '✅' : '❌'} ${r.mode} · ${cell(r.family)}`;
const table = (r, o) => o.collapseOver !== undefined && r.findings.length > o.collapseOver
    ? `<details><summary>${countLine(r.findings)}</summary>\n\n${findingsTable(r.findings, o.maxRows, r.mode)}\n</details>\n`
    : findingsTable(r.findings, o.maxRows, r.mode);
/** A section without its tables: what is left when the full one does not fit. */
const compactSection = (r, more) => [sectionHead(r), '', cell(r.summary), '', `${countLine(r.findings)}. ${more}`, ''].join('\n');
const reportSection = (r, o = {}) => [
    sectionHead(r),
    '',
    cell(r.summary),
    '',
    table(r, o),
    ...(r.plan ? [planTable(r.plan)] : []),
    ...(r.checklist?.length ? [checklistList(r.checklist)] : []),
    ...(r.listing ? [listingMarkdown(r.listing, r.family)] : []),
    ...(r.history ? [historyMarkdown(r.history, cell)] : []),
    ...(r.detail
        ? [
            '<details><summary>Details</summary>',
            '',
            '```diff',
            r.detail.replaceAll('```', '`\u200b``').replace(/\n$/, ''),
            '```',
            '',
            '</details>',
            '',
        ]
        : []),
].join('\n');
const renderMarkdown = (reports) => `${reports.map((r) => reportSection(r)).join('\n')}`;
/** A report's section in its three forms: full, cut to n findings, compact (counts and `more`). */
const sectionForms = (r, o, more, wrap = (s) => s) => ({
    full: wrap(reportSection(r, o)),
    compact: wrap(compactSection(r, more)),
    cut: (n) => wrap(reportSection(r, { ...o, maxRows: n })),
    rows: r.findings.length,
});
/**
 * Join head, sections and tail within `limit` by `measure` (characters by default: GitHub counts UTF-16 units at most
 * as we do; the job summary measures UTF-8 bytes). The largest sections give way first: cut to as many findings as
 * fit (with a "truncated, N more" line), else compact; then trailing sections are dropped with a note, and a last
 * resort cuts the text. The head comes first and is kept, so a marker at its start survives every form.
 */
const fitSections = (head, sections, tail, limit, omitted, measure = chars) => {
    const parts = sections.map((s) => s.full);
    const join = (ps) => [head, ...ps, tail].join('\n');
    const fits = (ps) => measure(join(ps)) <= limit;
    if (fits(parts))
        return join(parts);
    const bySize = [...parts.keys()].sort((a, b) => measure(parts[b] ?? '') - measure(parts[a] ?? ''));
    for (const i of bySize) {
        const s = sections[i];
        const cut = s?.cut;
        const rows = s?.rows ?? 0;
        // A table row is at least 20 characters (bytes), so no more rows than limit/20 can fit: each try stays small.
        const n = cut && rows > 1 ? largest(1, Math.min(rows - 1, Math.floor(limit / 20)), (k) => fits(parts.with(i, cut(k)))) : undefined;
        parts[i] = n !== undefined && cut ? cut(n) : (s?.compact ?? '');
        if (fits(parts))
            return join(parts);
    }
    for (let keep = parts.length - 1; keep >= 0; keep--) {
        const text = join([...parts.slice(0, keep), omitted(parts.length - keep)]);
        if (measure(text) <= limit)
            return text;
    }
    const note = `\n\n${omitted(parts.length)}`;
    return cutTo(`${cutTo(head, Math.max(0, limit - measure(note)), measure)}${note}`, limit, measure);
};

;// CONCATENATED MODULE: ./report/text.js
// Plain-text rendering for terminals and logs.






const findingLine = (f) => {
    const where = f.location ? `${(0,errors/* formatProblem */.Vw)({ ...f.location, message: '' }).replace(/: $/, '')}: ` : '';
    return `${f.severity.padEnd(7)} ${where}${f.message} [${f.code}]`;
};
const planText = (p) => [
    `Plan for ${p.table}:`,
    ...(p.migrate ?? []).map((c) => `  + column    ${(0,migration/* columnAddLine */.iC)(c)} (ALTER TABLE ADD COLUMN)`),
    ...p.insert.map((r) => `  + insert    ${r.model_id}`),
    ...p.update.flatMap((u) => [
        `  ~ update    ${u.row.model_id}`,
        ...u.changes.map((c) => `      ${c.field}: ${(0,printable/* showValue */.v)(c.old)} → ${(0,printable/* showValue */.v)(c.new)}`),
    ]),
    ...p.unchanged.map((id) => `  = unchanged ${id}`),
    ...p.extra.map((r) => p.delete.includes(r.model_id) ? `  - delete    ${r.model_id}` : `  ? extra     ${r.model_id} (kept; --prune deletes it)`),
];
const checklistText = (items) => [
    'Checklist:',
    ...items.map((i) => `  ${i.passed ? 'passed ' : 'FAILED '} ${i.label}`),
];
// A value that spans lines (multi-line notes) continues indented under its own line, never at the line start.
const hanging = (line) => indentContinuation(line, `${' '.repeat(line.length - line.trimStart().length)}    `);
const renderText = (reports) => reports
    .map((r) => [
    ...[
        `${r.mode} · ${r.family}`,
        ...r.findings.map((f) => `  ${findingLine(f)}`),
        ...(r.plan ? planText(r.plan) : []),
        ...(r.checklist?.length ? checklistText(r.checklist) : []),
        ...(r.listing ? listingText(r.listing) : []),
        ...(r.history ? historyText(r.history) : []),
    ].map(hanging),
    ...(r.detail ? [r.detail.replace(/\n$/, '')] : []),
    hanging(r.summary),
].join('\n'))
    .join('\n\n')
    .concat('\n');
/** What a terminal receives: no control or bidi character from a file name or value. */
const renderPrintableText = (reports) => (0,printable/* printable */.g)(renderText(reports));

;// CONCATENATED MODULE: ./cli/options.js
// Every command-line option, once, with the modes that read it: each mode's --help lists exactly its own, and an
// option given to a mode that does not read it is a usage error naming both (rather than silently ignored).
// Adding an option is one line here. Where the mode set follows from the ports a mode opens (modes/index.ts NEEDS),
// it is derived from them, so a mode that starts reading the registry also starts taking --registry.



const every = (_) => true;
const opens = (...ports) => (m) => ports.some((p) => NEEDS[m][p] === true);
const collect = (v, prev = []) => [...prev, v];
/**
 * `help` is one text for the modes `uses` selects, or a text per mode (then those modes use it). `tune` adds
 * choices, a default or a parser.
 */
const opt = (flags, help, uses = every, tune = (o) => o) => {
    const modes = typeof help !== 'string'
        ? types/* MODES */.FN.filter((m) => help[m] !== undefined)
        : typeof uses === 'function'
            ? types/* MODES */.FN.filter(uses)
            : types/* MODES */.FN.filter((m) => uses.includes(m));
    const flag = flags.split(/[ ,]/).find((f) => f.startsWith('--'));
    return { flag, modes, make: (m) => tune(new option_Option(flags, typeof help === 'string' ? help : help[m])) };
};
const OPTIONS = [
    opt('--config <path>', 'config file (default .github/model-governance.yml when it exists)'),
    opt('--family <name>', 'which family of the config file'),
    opt('--manifest <path|gs://url>', 'manifest.json, the source of truth'),
    opt('--registry <duckdb:path|bigquery:project.dataset.table>', 'registry table', opens('registry')),
    opt('--location <location>', 'BigQuery location', opens('registry')),
    opt('--deployment <path|run:projects/P/locations/R/services/S>', 'exported Cloud Run service YAML or live service', opens('deployment')),
    opt('--model-env <name>', 'the env var naming the served model file', opens('deployment')),
    opt('--claude-md <path>', 'the CLAUDE.md holding the MODEL block', opens('doc')),
    // drift renders the block to compare it, so the template and title are its options too.
    opt('--template <path>', 'mustache template replacing the built-in block', opens('doc')),
    opt('--title <text>', 'block title', opens('doc')),
    opt('--format <format>', 'output format', every, (o) => o.choices(['text', 'json', 'markdown']).default('text')),
    opt('--json', 'same as --format json'),
    opt('--fail-on <level>', 'findings that make the exit code 1', every, (o) => o.choices(['error', 'warning', 'never']).default('error')),
    // Every mode: besides skipping cloud sources, it refuses a gs:// manifest, so a CI step can promise no cloud access.
    opt('--offline', 'skip cloud sources (bigquery:, run:, artifacts) with a notice instead of reading them'),
    opt('--dry-run', {
        sync: 'print the plan, write nothing',
        'claude-md': 'with --write: show the diff, write nothing',
        promote: 'print the manifest diff, write nothing',
    }),
    opt('--prune', 'delete registry rows the manifest lacks', ['sync']),
    opt('--migrate', 'add the registry columns an existing table lacks (ALTER TABLE ADD COLUMN), before the MERGE', ['sync']),
    opt('--create-table', 'create the BigQuery table when absent', ['sync']),
    opt('--reason <text>', {
        sync: 'why: recorded in the history with every changed row',
        promote: "why; recorded in the manifest as the model entry's promotion.reason",
    }),
    opt('--model <id>', {
        history: 'only this model',
        gate: 'the model to evaluate (a key of the manifest models)',
        promote: 'the model to promote',
    }),
    opt('--at <timestamp>', 'which model was production at this instant (YYYY-MM-DD or ISO 8601 date-time)', ['history']),
    opt('--verify-artifacts <which>', 'hash-check model objects', opens('artifacts'), (o) => o.choices(['production', 'all', 'none'])),
    opt('--as-of <date>', 'the day staleness and production periods are measured to, YYYY-MM-DD (default: today, UTC)', ['drift', 'list']),
    opt('--train-start <date>', 'training start YYYY-MM-DD', ['duplicate']),
    opt('--train-end <date>', 'training end YYYY-MM-DD', ['duplicate']),
    opt('--force', {
        duplicate: 'exit 0 even when the window is already trained',
        promote: 'promote despite failed gates or a deprecated model (needs --reason)',
    }),
    opt('--scope <scope>', 'compare windows inside the family, or across every family in the registry', ['duplicate'], (o) => o.choices(['family', 'all']).default('family')),
    opt('--check', 'exit 1 and print a diff when the block is stale', ['claude-md']),
    opt('--write', 'rewrite the block between the markers', ['claude-md']),
    opt('--adopt-section <heading>', 'with no markers yet: wrap the section under this heading in them (exact text)', ['claude-md']),
    opt('--date <YYYY-MM-DD>', 'promoted_at (default: today, UTC)', ['promote']),
    // drift checks the filenames too, with the same convention.
    opt('--pattern <regex>', 'filename convention with named groups start and end', ['lint-filenames', 'drift']),
    opt('--glob <glob>', 'also check files matching this glob (repeatable)', ['lint-filenames', 'drift'], (o) => o.argParser(collect)),
    opt('--legacy <name>', 'a filename that is a warning, not an error (repeatable)', ['lint-filenames', 'drift'], (o) => o.argParser(collect)),
];
/**
 * Add a mode's options, and the others hidden: those still parse (so a value is not taken for the next flag) and
 * come back as `unused` to be refused by name.
 */
const addModeOptions = (cmd, mode) => {
    for (const spec of OPTIONS)
        cmd.addOption(spec.modes.includes(mode) ? spec.make(mode) : new option_Option(spec.make(spec.modes[0]).flags).hideHelp());
    const foreign = OPTIONS.filter((s) => !s.modes.includes(mode));
    return {
        unused: (flags) => foreign.filter((s) => flags[attr(s.flag)] !== undefined).map((s) => s.flag),
    };
};
/** Commander's property name for a long flag: --train-start → trainStart. */
const attr = (flag) => flag.replace(/^--/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());

;// CONCATENATED MODULE: ./cli/version.js
// The version --version prints; test/cli/version.test.ts keeps it equal to package.json's.
const VERSION = '1.0.0';

;// CONCATENATED MODULE: ./cli/program.js
// The command-line front end: flags → the same typed settings the action builds → the engine.














const HELP = {
    sync: 'Upsert the manifest into the registry table with one atomic MERGE (plan first; --dry-run writes nothing).',
    drift: 'Compare the manifest with the registry, the deployment, the CLAUDE.md block and the filenames.',
    duplicate: 'Check whether a training window is already trained (before training), or list shared windows.',
    'claude-md': 'Render the MODEL block; --check exits 1 when stale, --write rewrites only between the markers.',
    'lint-filenames': 'Check model filenames against the naming convention and their training windows.',
    gate: "Evaluate the family's promotion gates for one model: exit 1 when any fails.",
    list: "List the registry's rows for the family (the manifest's when no registry is configured), with a gantt chart in markdown.",
    history: 'Show the registry history (newest first); --at: which model was production at that instant.',
    promote: 'Run the gates for one model, then make it production in the manifest (only those fields change).',
};
/**
 * The mode `argv` runs, when its first word names one: then only that mode's options are built (building all nine
 * modes' 30-odd options is a few milliseconds of every start). Everything else (help, an unknown command, no
 * command) gets the whole program. test/cli/lazy-program.test.ts checks both print and exit alike.
 */
const invokedMode = (argv) => types/* MODES */.FN.find((m) => m === argv[0]);
/** `only`: build that mode's options and action alone; the other modes are still named (for "unknown command"). */
const buildProgram = (io, done, only) => {
    const program = new command_Command('model-governance')
        .description('Keep model metadata in the manifest, the registry, CLAUDE.md and filenames from drifting apart.')
        .version(VERSION, '-V, --version', 'print the version')
        .configureOutput({ writeOut: io.out, writeErr: io.err })
        .exitOverride()
        .enablePositionalOptions()
        .showHelpAfterError();
    for (const mode of types/* MODES */.FN) {
        const cmd = program.command(mode).description(HELP[mode]).exitOverride();
        if (only !== undefined && mode !== only)
            continue;
        const { unused } = addModeOptions(cmd, mode);
        if (mode === 'lint-filenames') {
            cmd
                .enablePositionalOptions()
                .command('name')
                .description('Print the compliant filename for a family, feature count and training window.')
                .requiredOption('--family <name>', 'model family, e.g. catboost_v9')
                .requiredOption('--features <n>', 'feature count')
                .requiredOption('--train-start <date>', 'YYYY-MM-DD')
                .requiredOption('--train-end <date>', 'YYYY-MM-DD')
                .option('--created-at <iso>', 'creation time (default: now)')
                .exitOverride()
                .action((o) => {
                io.out(`${nameCommand(o)}\n`);
                done(errors/* EXIT */.dc.clean);
            });
        }
        cmd.action(async (flags) => {
            const foreign = unused(flags);
            if (foreign.length)
                throw errors/* InputError */.dz.at('arguments', `${mode} does not use ${foreign.join(', ')}; see model-governance ${mode} --help for its options`);
            done(await runCli(mode, flags, io));
        });
    }
    return program;
};
const nameCommand = (o) => {
    const features = Number(o.features);
    if (!Number.isInteger(features) || features <= 0)
        throw errors/* InputError */.dz.at('arguments', `--features ${o.features} is not a positive whole number`);
    if (!/^[a-z0-9]+(?:_[a-z0-9]+)*$/.test(o.family))
        throw errors/* InputError */.dz.at('arguments', `--family ${o.family} must be lowercase letters, digits and underscores`);
    for (const d of [o.trainStart, o.trainEnd])
        if (!(0,schema/* isCalendarDate */.tf)(d))
            throw errors/* InputError */.dz.at('arguments', `${d} is not a real date YYYY-MM-DD`);
    if (o.trainStart > o.trainEnd)
        throw errors/* InputError */.dz.at('arguments', `--train-start ${o.trainStart} is after --train-end ${o.trainEnd}`);
    const createdAt = o.createdAt === undefined ? new Date() : new Date(o.createdAt);
    if (Number.isNaN(createdAt.getTime()))
        throw errors/* InputError */.dz.at('arguments', `--created-at ${o.createdAt} is not a timestamp`);
    return (0,grammar/* formatName */.nD)({ family: o.family, features, start: o.trainStart, end: o.trainEnd, createdAt });
};
const optionsFor = (mode, f) => {
    if (f.check && f.write)
        throw errors/* InputError */.dz.at('arguments', '--check and --write exclude each other');
    if (f.adoptSection !== undefined && !f.check && !f.write)
        throw errors/* InputError */.dz.at('arguments', '--adopt-section goes with --write (or --check, to see the diff): it changes the file');
    if (f.adoptSection !== undefined && f.adoptSection.trim() === '')
        throw errors/* InputError */.dz.at('arguments', '--adopt-section names a heading; it is empty');
    if (f.asOf !== undefined && !(0,schema/* isCalendarDate */.tf)(f.asOf))
        throw errors/* InputError */.dz.at('arguments', `--as-of ${f.asOf} is not a real date YYYY-MM-DD`);
    return {
        mode,
        dryRun: f.dryRun ?? false,
        prune: f.prune ?? false,
        migrate: f.migrate ?? false,
        force: f.force ?? false,
        trainStart: f.trainStart,
        trainEnd: f.trainEnd,
        claudeMdAction: f.check ? 'check' : f.write ? 'write' : 'print',
        failOn: f.failOn ?? 'error',
        offline: f.offline ?? false,
        scope: f.scope ?? 'family',
        ...(f.model === undefined ? {} : { model: f.model }),
        ...(f.asOf === undefined ? {} : { asOf: f.asOf }),
        reason: f.reason,
        at: f.at,
        ...(f.date === undefined ? {} : { date: f.date }),
        ...(f.adoptSection === undefined ? {} : { adoptSection: f.adoptSection }),
    };
};
const overridesFrom = (f) => ({
    manifest: f.manifest,
    registry: f.registry,
    location: f.location,
    'create-table': f.createTable,
    deployment: f.deployment,
    'model-env': f.modelEnv,
    'claude-md': f.claudeMd,
    template: f.template,
    title: f.title,
    'verify-artifacts': f.verifyArtifacts,
    ...(f.pattern || f.glob || f.legacy ? { filenames: { pattern: f.pattern, globs: f.glob, legacy: f.legacy } } : {}),
});
const runCli = async (mode, flags, io) => {
    const options = optionsFor(mode, flags);
    // The config's paths stay inside its repository; paths typed here are the user's own choice (config/confine.ts).
    const families = await resolveSettings({
        configPath: flags.config,
        family: flags.family,
        overrides: overridesFrom(flags),
        confine: { inputs: false },
        walkUp: true,
    });
    const reports = await runFamilies(families, options, (line) => io.err(`${logLine(line)}\n`));
    const format = flags.json ? 'json' : flags.format;
    io.out(format === 'json' ? renderJson(reports) : format === 'markdown' ? (0,printable/* printable */.g)(renderMarkdown(reports)) : renderPrintableText(reports));
    return exitCodeOf(reports, options.failOn);
};
/** Parse and run; never throws, always resolves to an exit code. */
const main = async (argv, given, build = 'invoked') => {
    // The CLI composes no workflow command, so every line it prints, on either stream, passes the guard.
    const io = { out: (s) => given.out(safeLines(s)), err: (s) => given.err(safeLines(s)) };
    let code = errors/* EXIT */.dc.clean;
    const program = buildProgram(io, (c) => {
        code = c;
    }, build === 'invoked' ? invokedMode(argv) : undefined);
    try {
        if (argv.length === 0) {
            program.outputHelp();
            return errors/* EXIT */.dc.input;
        }
        await program.parseAsync(argv, { from: 'user' });
        return code;
    }
    catch (e) {
        if (e instanceof CommanderError)
            return e.exitCode === 0 ? errors/* EXIT */.dc.clean : errors/* EXIT */.dc.input;
        for (const line of (0,errors/* messageOf */.bD)(e).split('\n'))
            io.err(`model-governance: ${line}\n`);
        return (0,errors/* exitCodeFor */.Rr)(e);
    }
};


/***/ }),

/***/ 24556:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ ENTITIES),
  t: () => (/* binding */ inert)
});

;// CONCATENATED MODULE: ./report/mentions.js
// Text from data must not ping people or touch issues when GitHub renders it. `&#64;` does not stop a mention (GitHub
// decodes the entity first), and `#1`, `owner/repo#1` and `GH-1` make cross-reference events on those issues.
// THE RULE: in every text GitHub renders that carries data, a zero-width joiner (U+200D) goes right after an `@` that
// would start a mention (as dependency bots do) and right after the `#` or `GH-` of a reference, between it and the
// number: GitHub wants the digits right there, so this holds whatever it thinks of the character before the `#` (a
// joiner before the `#` would rely on that). Outside code spans (GitHub links nothing there). Left alone, so they stay usable: e-mail addresses (`a@b.com`, `@` after a word character is
// not a mention), URLs (a `#fragment` inside a URL is no reference; a URL to a GitHub issue is a link the data's author
// chose and may still show up on that issue), and `#` not followed by a digit. Idempotent.
const ZWJ = '\u200d';
const URL = /\bhttps?:\/\/[^\s<>"'`|]+/g;
// GitHub's mention filter: `@name` or `@org/team` after the start or a non-word character.
const MENTION = /(^|[^A-Za-z0-9_\u200d])@(?=[A-Za-z0-9])/g;
// `#123`, `repo#123`, `owner/repo#123`, and `GH-123`.
const ISSUE_REF = /(#|\bGH-)(?=\d)/gi;
const quietPlain = (s) => s.replace(MENTION, `$1@${ZWJ}`).replace(ISSUE_REF, `$1${ZWJ}`);
/** `fn` applied to the text between the matches of `pattern` (a global regex); the matches themselves kept. */
const between = (text, pattern, fn) => {
    let out = '';
    let at = 0;
    for (const m of text.matchAll(pattern)) {
        out += fn(text.slice(at, m.index)) + m[0];
        at = m.index + m[0].length;
    }
    return out + fn(text.slice(at));
};
/** Plain text (no code spans): every mention and reference neutralised, URLs kept. */
const quietRefs = (text) => between(text, URL, quietPlain);
// An inline code span or a fence: a backtick run, anything, the same run again.
const CODE = /(`+)[\s\S]*?[^`]\1(?!`)/g;
/** Markdown: like quietRefs, but code spans and fences are left as they are. */
const quietMarkdown = (md) => between(md, CODE, quietRefs);

// EXTERNAL MODULE: ./util/printable.js
var printable = __webpack_require__(92426);
;// CONCATENATED MODULE: ./docs/inert.js
// Inert text for markdown and HTML, in its own file so the reports that escape values (the summary, the listing, the
// drift issue) do not load the block template engine (mustache) with it.


const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Markdown- and HTML-inert text on one line, with no live mention or issue reference (report/mentions.ts). */
const inert = (value) => quietRefs((0,printable/* printable */.g)(String(value).replace(/\s+/g, ' ')))
    .replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c)
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`);


/***/ }),

/***/ 4892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ BLOCK_MAX_CHARS),
/* harmony export */   o: () => (/* binding */ TEMPLATE_MAX_BYTES)
/* harmony export */ });
// How large a user template may be, and the block it renders (both far above any real block). Apart from the
// renderer, so the engine can bound the template read without loading mustache at start-up.
const TEMPLATE_MAX_BYTES = 64 * 1024;
const BLOCK_MAX_CHARS = 1024 * 1024;


/***/ }),

/***/ 97781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ DEFAULT_MARKERS)
/* harmony export */ });
// The marker lines around the generated block. Kept apart from markers.ts so that reading the config does not
// load the Markdown parser: only the modes that look for the block (claude-md, drift) load it.
const DEFAULT_MARKERS = {
    begin: '<!-- model-governance:begin -->',
    end: '<!-- model-governance:end -->',
};


/***/ }),

/***/ 78645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92426);
// Typed failures. Only the entry points turn these into exit codes.

const formatProblem = (p) => {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
    return (0,_util_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`);
};
/** Bad input or usage: exit 2, nothing written. */
class InputError extends Error {
    problems;
    name = 'InputError';
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'));
        this.problems = problems;
    }
    static at(file, message, where = {}) {
        return new InputError([{ file, message, ...where }]);
    }
}
/** A service failed after its retries: exit 3. */
class ServiceError extends Error {
    service;
    operation;
    name = 'ServiceError';
    constructor(service, operation, detail, options) {
        super(`${service} ${operation} failed: ${detail}`, options);
        this.service = service;
        this.operation = operation;
    }
}
const EXIT = { clean: 0, findings: 1, input: 2, service: 3 };
const exitCodeFor = (error) => error instanceof InputError ? EXIT.input : error instanceof ServiceError ? EXIT.service : EXIT.service;
const messageOf = (error) => error instanceof Error ? error.message : typeof error === 'string' ? error : `unexpected failure: ${String(error)}`;


/***/ }),

/***/ 4516:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ parseName),
/* harmony export */   Do: () => (/* binding */ DEFAULT_PATTERN),
/* harmony export */   Eb: () => (/* binding */ compilePattern),
/* harmony export */   nD: () => (/* binding */ formatName)
/* harmony export */ });
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8185);
// The model filename convention. Pure: parse and format, with the window the name encodes.

const DEFAULT_PATTERN = '^(?<family>[a-z0-9]+(?:_[a-z0-9]+)*?)_(?<features>\\d+)f_train(?<start>\\d{8})-(?<end>\\d{8})_(?<created>\\d{8}[T_]\\d{6})\\.cbm$';
/** Compile a user pattern; it must name the groups `start` and `end`. */
const compilePattern = (source) => {
    const re = new RegExp(source, 'u');
    const probe = new RegExp(`${source}|`, 'u').exec('');
    const groups = Object.keys(probe?.groups ?? {});
    for (const g of ['start', 'end'])
        if (!groups.includes(g))
            throw new Error(`pattern must have a named group (?<${g}>…)`);
    return re;
};
const isoDate = (compact) => `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
const parseName = (pattern, filename) => {
    const m = pattern.exec(filename);
    if (!m?.groups)
        return { ok: false, reason: 'does not match the naming convention' };
    const g = m.groups;
    const start = isoDate(g.start ?? '');
    const end = isoDate(g.end ?? '');
    for (const [label, d] of [
        ['start', start],
        ['end', end],
    ])
        if (!(0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isCalendarDate */ .tf)(d))
            return { ok: false, reason: `encodes a training ${label} ${d} that is not a real date` };
    if (g.created !== undefined) {
        const c = g.created.replace('_', 'T');
        if (!(0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isCalendarDate */ .tf)(isoDate(c.slice(0, 8))) || !/T([01]\d|2[0-3])[0-5]\d[0-5]\d$/.test(c))
            return { ok: false, reason: `encodes a creation time ${g.created} that is not a real time` };
    }
    if (start > end)
        return { ok: false, reason: `encodes a training window that ends (${end}) before it starts (${start})` };
    return {
        ok: true,
        name: {
            start,
            end,
            ...(g.family === undefined ? {} : { family: g.family }),
            ...(g.features === undefined ? {} : { features: Number(g.features) }),
            ...(g.created === undefined ? {} : { created: g.created }),
        },
    };
};
const compact = (iso) => iso.replaceAll('-', '');
const formatName = (p) => {
    const c = p.createdAt.toISOString();
    const stamp = `${compact(c.slice(0, 10))}T${c.slice(11, 19).replaceAll(':', '')}`;
    return `${p.family}_${p.features}f_train${compact(p.start)}-${compact(p.end)}_${stamp}.cbm`;
};


/***/ }),

/***/ 87812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ escapeCodePoint),
/* harmony export */   U1: () => (/* binding */ jsonPath),
/* harmony export */   X0: () => (/* binding */ parseJsonSource),
/* harmony export */   _6: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* unused harmony exports MAX_DEPTH, lineColumn */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92426);
// Strict JSON with source positions: every key keeps its line:column, duplicate keys are errors.
//
// Memory rule: a manifest may be 16 MiB, and it must parse under a 512 MiB heap. So no syntax tree: a quick scan
// over the text looks for duplicate keys, nesting and numbers out of range without building anything, the native
// JSON.parse checks the grammar and builds the value, a full scan (validate) names the first problem when either
// finds one, and positions are found only when a message asks for one (each container on the asked path is
// indexed once, lazily). A tree of a 16 MiB document took over 2 GB.



const MAX_DEPTH = 64;
// Invisible code points are shown escaped, so a path names the key that is there, not the one it looks like.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const quoteKey = (s) => (0,_util_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)(JSON.stringify(s)).replace(INVISIBLE, escapeCodePoint);
/** `\uXXXX`, or `\u{XXXXX}` beyond the BMP. */
const escapeCodePoint = (c) => {
    const n = c.codePointAt(0) ?? 0;
    return n > 0xffff ? `\\u{${n.toString(16)}}` : `\\u${n.toString(16).padStart(4, '0')}`;
};
const jsonPath = (path) => `$${path.map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? `.${s}` : `[${quoteKey(s)}]`)).join('')}`;
/** Decode bytes as UTF-8 (BOM dropped), or fail naming the first bad byte's line:column. */
const decodeUtf8 = (file, bytes) => {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const bad = text.indexOf('\uFFFD');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz([{ file, ...lineColumn(text, Math.max(bad, 0)), message: 'is not valid UTF-8' }]);
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};
const lineColumn = (text, offset) => {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: offset - start + 1 };
};
/**
 * Line starts, found as far as asked: line:column of any offset by binary search. Positions are asked for near the
 * top of a document (the first unknown fields, the first problem), so a 16 MiB manifest is not scanned to its end.
 */
const lineIndex = (text) => {
    const starts = [0];
    // Every line start at or before this offset is in `starts`.
    let scanned = 0;
    return (offset) => {
        while (scanned <= offset) {
            const nl = text.indexOf('\n', scanned);
            if (nl === -1)
                scanned = Number.POSITIVE_INFINITY;
            else {
                starts.push(nl + 1);
                scanned = nl + 1;
            }
        }
        let [lo, hi] = [0, starts.length - 1];
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    };
};
const WS = (c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const EXPONENT = /[eE]/;
const describeAt = (text, i) => {
    if (i >= text.length)
        return 'Unexpected end of input';
    const cp = text.codePointAt(i) ?? 0;
    const names = { ',': 'Comma', ':': 'Colon', '}': 'RBrace', ']': 'RBracket', '{': 'LBrace', '[': 'LBracket' };
    const ch = String.fromCodePoint(cp);
    return names[ch] ? `Unexpected token ${names[ch]}` : `Unexpected character ${(0,_util_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)(JSON.stringify(ch))}`;
};
class Fail {
    offset;
    message;
    path;
    constructor(offset, message, path) {
        this.offset = offset;
        this.message = message;
        this.path = path;
    }
}
/**
 * One pass over the text: grammar, nesting depth, duplicate and reserved keys, numbers that overflow to
 * Infinity. Keeps only the open containers' key sets; throws a Fail at the first problem.
 */
const validate = (text, at) => {
    const path = [];
    let i = 0;
    const skipWs = () => {
        while (i < text.length && WS(text.charCodeAt(i)))
            i++;
    };
    const fail = (message = describeAt(text, i), at = i, where = undefined) => {
        throw new Fail(at, message, where);
    };
    // Moves past the string; true when it has escapes (a key must then be decoded to compare). Runs of plain
    // characters are skipped by one sticky regex, not a character at a time: most of a manifest is inside strings.
    const string = () => {
        i++;
        let escaped = false;
        for (;;) {
            PLAIN.lastIndex = i;
            PLAIN.test(text);
            i = PLAIN.lastIndex;
            if (i >= text.length)
                fail('Unterminated string');
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return escaped;
            }
            if (c === 0x5c) {
                ESCAPE.lastIndex = i;
                if (!ESCAPE.test(text))
                    fail('Invalid escape in string');
                i = ESCAPE.lastIndex;
                escaped = true;
            }
            else
                fail('Unescaped control character in string');
        }
    };
    const value = (depth) => {
        skipWs();
        const c = text.charCodeAt(i);
        if (c === 0x7b || c === 0x5b) {
            if (depth >= MAX_DEPTH)
                fail(`nesting deeper than ${MAX_DEPTH} levels`);
            const object = c === 0x7b;
            const close = object ? 0x7d : 0x5d;
            // Only the open objects' keys are held, and dropped when the object closes.
            const seen = new Map();
            i++;
            skipWs();
            if (text.charCodeAt(i) === close) {
                i++;
                return;
            }
            for (let n = 0;; n++) {
                if (object) {
                    skipWs();
                    if (text.charCodeAt(i) !== 0x22)
                        fail();
                    const start = i;
                    const key = string() ? JSON.parse(text.slice(start, i)) : text.slice(start + 1, i - 1);
                    const first = seen.get(key);
                    if (first !== undefined) {
                        const p = at(first);
                        fail(`duplicate key (first at ${p.line}:${p.column})`, start, [...path, key]);
                    }
                    if (key === '__proto__')
                        fail('reserved key "__proto__"', start, [...path, key]);
                    seen.set(key, start);
                    skipWs();
                    if (text.charCodeAt(i) !== 0x3a)
                        fail();
                    i++;
                    path.push(key);
                }
                else
                    path.push(n);
                value(depth + 1);
                path.pop();
                skipWs();
                const d = text.charCodeAt(i);
                if (d === close) {
                    i++;
                    return;
                }
                if (d !== 0x2c)
                    fail();
                i++;
            }
        }
        if (c === 0x22) {
            string();
            return;
        }
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            NUMBER.lastIndex = i;
            if (!NUMBER.test(text))
                fail();
            const end = NUMBER.lastIndex;
            // Only an exponent or over 300 digits can overflow a double: the common number needs no conversion here.
            if ((end - i > 300 || EXPONENT.test(text.slice(i, end))) && !Number.isFinite(Number(text.slice(i, end))))
                fail('number out of range (beyond ±1.8e308)', i, [...path]);
            i = end;
            return;
        }
        const lit = c === 0x74 ? 'true' : c === 0x66 ? 'false' : c === 0x6e ? 'null' : undefined;
        if (lit !== undefined && text.startsWith(lit, i)) {
            i += lit.length;
            return;
        }
        fail();
    };
    value(0);
    skipWs();
    if (i < text.length)
        fail();
};
// Keys an object holds before the quick scan keeps them in a Set: below it they are compared in place in the text.
const SMALL = 16;
const sameText = (text, a, b, len) => {
    for (let k = 0; k < len; k++)
        if (text.charCodeAt(a + k) !== text.charCodeAt(b + k))
            return false;
    return true;
};
/**
 * The quick scan: what validate finds beyond the grammar (duplicate and reserved keys, nesting, numbers beyond a
 * double), looked for without checking the grammar, which JSON.parse checks natively. It only ever says "none of
 * those here" (true) or "look closer" (false); on false, and whenever JSON.parse refuses the text, validate runs and
 * names the first problem, so every message still comes from one place. It must never say true for a valid JSON text
 * that validate refuses. String bodies are skipped by indexOf (most of a manifest is inside strings), keys are compared
 * where they stand in the text while their object is small (no string per key), and a key with an escape is left to
 * validate. Only the open objects' keys are held, as in validate.
 */
const quickScan = (text) => {
    const n = text.length;
    // Per open container, by depth (1 = the root): an object or not, where its keys start on the key stack, and its
    // keys' Set once it has more than SMALL.
    const isObject = new Uint8Array(MAX_DEPTH + 1);
    const base = new Int32Array(MAX_DEPTH + 1);
    const large = [];
    // The small objects' keys: offset (just past the opening quote) and length. At most SMALL per open object.
    const keyAt = new Int32Array(SMALL * (MAX_DEPTH + 1));
    const keyLen = new Int32Array(SMALL * (MAX_DEPTH + 1));
    let keys = 0;
    let depth = 0;
    // The first backslash at or after the last string's start, found once per stretch: a string before it has no escape.
    let slash = -1;
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        // Whitespace, commas and colons first: most of what lies outside strings.
        if (c === 0x20 || c === 0x0a || c === 0x2c || c === 0x3a || c === 0x0d || c === 0x09)
            i++;
        else if (c === 0x22) {
            const s = i + 1;
            let e = text.indexOf('"', s);
            if (e === -1)
                return false;
            if (slash < s) {
                slash = text.indexOf('\\', s);
                if (slash === -1)
                    slash = n;
            }
            const escaped = slash < e;
            // The closing quote is the first one after an even run of backslashes.
            if (escaped)
                for (;;) {
                    let b = e;
                    while (text.charCodeAt(b - 1) === 0x5c)
                        b--;
                    if ((e - b) % 2 === 0)
                        break;
                    e = text.indexOf('"', e + 1);
                    if (e === -1)
                        return false;
                }
            i = e + 1;
            if (isObject[depth] === 0)
                continue;
            let j = i;
            while (j < n && WS(text.charCodeAt(j)))
                j++;
            if (text.charCodeAt(j) !== 0x3a)
                continue; // a value, not a key
            if (escaped)
                return false;
            const len = e - s;
            if (len === 9 && text.startsWith('__proto__', s))
                return false;
            let set = large[depth];
            if (!set && keys - base[depth] >= SMALL) {
                set = new Set();
                for (let m = base[depth]; m < keys; m++)
                    set.add(text.slice(keyAt[m], keyAt[m] + keyLen[m]));
                keys = base[depth];
                large[depth] = set;
            }
            if (set) {
                const key = text.slice(s, e);
                if (set.has(key))
                    return false;
                set.add(key);
            }
            else {
                for (let m = base[depth]; m < keys; m++)
                    if (keyLen[m] === len && sameText(text, keyAt[m], s, len))
                        return false;
                keyAt[keys] = s;
                keyLen[keys] = len;
                keys++;
            }
            i = j + 1;
        }
        else if (c === 0x7b || c === 0x5b) {
            if (depth >= MAX_DEPTH)
                return false;
            depth++;
            isObject[depth] = c === 0x7b ? 1 : 0;
            base[depth] = keys;
            large[depth] = undefined;
            i++;
        }
        else if (c === 0x7d || c === 0x5d) {
            if (depth === 0)
                return false;
            keys = base[depth];
            large[depth] = undefined;
            depth--;
            i++;
        }
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            // A number: only an exponent or over 300 characters can overflow a double (as in validate).
            let j = i + 1;
            let exponent = false;
            for (; j < n; j++) {
                const d = text.charCodeAt(j);
                if (d === 0x65 || d === 0x45)
                    exponent = true;
                else if (!((d >= 0x30 && d <= 0x39) || d === 0x2e || d === 0x2b || d === 0x2d))
                    break;
            }
            if ((exponent || j - i > 300) && !Number.isFinite(Number(text.slice(i, j))))
                return false;
            i = j;
        }
        else
            i++;
    }
    return true;
};
/** The value of a text validate accepts; validate runs when the quick scan doubts it or JSON.parse refuses it. */
const checkedParse = (text, at) => {
    if (!quickScan(text))
        validate(text, at);
    try {
        return JSON.parse(text);
    }
    catch (e) {
        validate(text, at);
        throw e;
    }
};
/** Offset just past the JSON value starting at `i` (the text is already valid). */
const skipValue = (text, i) => {
    let depth = 0;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            // To the closing quote, the first one after an even run of backslashes (found by indexOf, not char by char).
            for (;;) {
                i = text.indexOf('"', i + 1);
                let b = i;
                while (text.charCodeAt(b - 1) === 0x5c)
                    b--;
                if ((i - b) % 2 === 0)
                    break;
            }
            if (depth === 0)
                return i + 1;
        }
        else if (c === 0x7b || c === 0x5b)
            depth++;
        else if (c === 0x7d || c === 0x5d) {
            if (--depth === 0)
                return i + 1;
        }
        else if (depth === 0 && !WS(c)) {
            let j = i;
            while (j < text.length && !/[\s,\]}]/.test(text[j]))
                j++;
            return j;
        }
    }
    return i;
};
const skipWsFrom = (text, i) => {
    while (i < text.length && WS(text.charCodeAt(i)))
        i++;
    return i;
};
/**
 * Members of the container at `start` (offset of `{` or `[`), scanned only as far as the asked member: the
 * notices ask for the first unknown keys of an object that may hold a million. A member's value is skipped only
 * when a later member is asked for: the last member of the root may be the whole document.
 */
const containerIndex = (text, start) => {
    const seen = new Map();
    const object = text.charCodeAt(start) === 0x7b;
    let i = skipWsFrom(text, start + 1);
    // The value of the last member read, not yet skipped.
    let unskipped;
    let n = 0;
    return (seg) => {
        for (let m = seen.get(seg); m === undefined; m = seen.get(seg)) {
            if (unskipped !== undefined) {
                i = skipWsFrom(text, skipValue(text, unskipped));
                if (text.charCodeAt(i) === 0x2c)
                    i = skipWsFrom(text, i + 1);
                unskipped = undefined;
            }
            if (text.charCodeAt(i) === (object ? 0x7d : 0x5d))
                return undefined;
            if (object) {
                const keyStart = i;
                i = skipValue(text, i);
                const raw = text.slice(keyStart, i);
                const key = raw.includes('\\') ? JSON.parse(raw) : raw.slice(1, -1);
                i = skipWsFrom(text, skipWsFrom(text, i) + 1);
                seen.set(key, { key: keyStart, value: i });
            }
            else
                seen.set(n, { key: i, value: i });
            n++;
            unskipped = i;
        }
        return seen.get(seg);
    };
};
const parseJsonSource = (file, text) => {
    if (text.trim() === '')
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, 'is empty; expected a JSON object', { line: 1, column: 1 });
    const at = lineIndex(text);
    let value;
    try {
        value = checkedParse(text, at);
    }
    catch (e) {
        if (!(e instanceof Fail))
            throw e;
        const where = at(e.offset);
        if (e.path)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz([{ file, ...where, path: jsonPath(e.path), message: e.message }]);
        const message = e.message.startsWith('nesting') ? e.message : `invalid JSON: ${e.message}`;
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, message, where);
    }
    const root = skipWsFrom(text, 0);
    const indexes = new Map();
    const locate = (path, key = false) => {
        let node = root;
        let keyAt;
        for (const seg of path) {
            const c = text.charCodeAt(node);
            if (c !== 0x7b && c !== 0x5b) {
                keyAt = undefined;
                break;
            }
            let index = indexes.get(node);
            if (!index) {
                index = containerIndex(text, node);
                indexes.set(node, index);
            }
            const m = (c === 0x7b) === (typeof seg === 'string') ? index(seg) : undefined;
            if (!m) {
                keyAt = undefined;
                break;
            }
            keyAt = c === 0x7b ? m.key : undefined;
            node = m.value;
        }
        return { file, ...at(key && keyAt !== undefined ? keyAt : node) };
    };
    return { value, locate };
};


/***/ }),

/***/ 99247:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ fsProblem),
/* harmony export */   h: () => (/* binding */ localManifest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44346);
/* harmony import */ var _util_bounded_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80073);
/* harmony import */ var _util_contain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79285);
/* harmony import */ var _util_fs_async_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62175);
/* harmony import */ var _util_fs_failure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70345);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19799);
// Manifest from a local file. A promotion replaces it atomically (util/atomic-write), keeping its mode and owner,
// with the same rules as a CLAUDE.md write (docs/file.ts): links written through only inside the root, a full disk is
// exit 3 with the original intact.







const fsProblem = (file, e, what = 'file') => {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
        return e;
    const code = e.code;
    const reason = code === 'ENOENT'
        ? `${what} not found`
        : code === 'EACCES'
            ? `${what} is not readable (permission denied)`
            : code === 'EISDIR'
                ? 'is a directory'
                : e.message;
    return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(file, reason);
};
/** `root`: where a symbolic link may lead for a write (GITHUB_WORKSPACE in the action, else the working directory). */
const localManifest = (path, root = process.env.GITHUB_WORKSPACE || process.cwd()) => ({
    name: path,
    async load() {
        try {
            // Refuse a huge file before reading it; the bounded read also stops a device or a file that grows.
            (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .checkManifestSize */ .vs)(path, (await (0,_util_fs_async_js__WEBPACK_IMPORTED_MODULE_4__/* .stat */ .dJ)(path)).size);
            return { bytes: await (0,_util_bounded_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readBounded */ .C)(path, _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_MAX_BYTES */ .V4) };
        }
        catch (e) {
            throw fsProblem(path, e, 'manifest');
        }
    },
    async write(bytes, read) {
        try {
            const target = await (0,_util_contain_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveWriteTarget */ .ZZ)(path, root);
            if (!(await (0,_util_fs_async_js__WEBPACK_IMPORTED_MODULE_4__/* .lstat */ .$1)(target)).isFile())
                throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(path, 'is not a regular file; nothing written');
            if (!Buffer.from(await (0,_util_fs_async_js__WEBPACK_IMPORTED_MODULE_4__/* .readFile */ .TA)(target)).equals(Buffer.from(read.bytes)))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7('manifest', `write of ${path}`, 'someone else wrote it since it was read; nothing written, run again');
            await (0,_util_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .replaceKeeping */ .W)(target, bytes);
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7)
                throw e;
            throw (0,_util_fs_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .environmentFailure */ .W)(path, 'write of', e, '; the manifest is unchanged') ?? fsProblem(path, e, 'manifest');
        }
    },
});


/***/ }),

/***/ 19799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V4: () => (/* binding */ MANIFEST_MAX_BYTES),
  vs: () => (/* binding */ checkManifestSize),
  Ng: () => (/* binding */ parseManifest)
});

// UNUSED EXPORTS: UNKNOWN_FIELD_NOTICES

// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./util/printable.js
var printable = __webpack_require__(92426);
// EXTERNAL MODULE: ./manifest/json-source.js
var json_source = __webpack_require__(87812);
// EXTERNAL MODULE: ./manifest/schema.js
var schema = __webpack_require__(8185);
;// CONCATENATED MODULE: ./manifest/quick-check.js
// A quick yes for a valid manifest: the schema's rules (schema.ts) written as plain code, with no issue objects, no
// result copies and no pass over unknown fields. zod spent about 13 µs a model, and a copy of every entry whose
// metrics hold an extra key; this spends about 2. It only ever says "valid": a manifest it does not accept goes to
// the zod schema, which decides and words every error, so messages come from one place. It must never accept what
// the schema refuses: test/manifest/quick-check.test.ts holds the two equal on generated and hostile manifests.

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v) => v === undefined || v === null;
// Printable ASCII passes every character rule (no control, bidi, surrogate, invisible or non-NFC character), so the
// common string needs one test here instead of three or five.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * Whether a string holds at most `max` code points, as zod counts a maxLength: a pair of surrogates is one. A string
 * within `max` UTF-16 units is within it (most are); only a longer one is counted.
 */
const fits = (s, max) => {
    if (s.length <= max)
        return true;
    let n = s.length;
    for (let i = 0; i < s.length - 1 && n > max; i++)
        if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            n--;
            i++;
        }
    return n <= max;
};
const quick_check_text = (v, max, min = 0, multiline = false) => typeof v === 'string' && v.length >= min && fits(v, max) && (PRINTABLE_ASCII.test(v) || (v.isWellFormed() && (0,schema/* hasSafeChars */.tr)(v, multiline)));
const date = (v) => typeof v === 'string' && (0,schema/* isCalendarDate */.tf)(v);
const finite = (v) => typeof v === 'number' && Number.isFinite(v);
const STATUS = new Set(schema/* STATUSES */.f);
// zod's own pattern for the timestamp; if a zod release stops exposing it as a plain pattern, nothing passes here
// and zod decides alone.
const pattern = schema/* Timestamp */.Dc._zod.def.pattern;
const TIMESTAMP = pattern && !pattern.global && !pattern.sticky ? pattern : undefined;
const metrics = (m) => isObject(m) &&
    (absent(m.hit_rate_edge_3plus) || (finite(m.hit_rate_edge_3plus) && m.hit_rate_edge_3plus >= 0 && m.hit_rate_edge_3plus <= 100)) &&
    (absent(m.mae) || (finite(m.mae) && m.mae >= 0)) &&
    (absent(m.graded_edge_3plus_n) || (Number.isSafeInteger(m.graded_edge_3plus_n) && m.graded_edge_3plus_n >= 0));
const promotion = (p) => isObject(p) &&
    quick_check_text(p.reason, schema/* TEXT_MAX */.DE.reason, 1) &&
    (absent(p.forced) || typeof p.forced === 'boolean') &&
    (absent(p.failed_gates) || (Array.isArray(p.failed_gates) && p.failed_gates.every((g) => quick_check_text(g, schema/* TEXT_MAX */.DE.failed_gate))));
const model = (e) => isObject(e) &&
    quick_check_text(e.file, schema/* TEXT_MAX */.DE.file, 1) &&
    quick_check_text(e.gcs_path, schema/* TEXT_MAX */.DE.gcs_path) &&
    schema/* GCS_PATH */.iX.test(e.gcs_path) &&
    (absent(e.model_version) || quick_check_text(e.model_version, schema/* TEXT_MAX */.DE.model_version)) &&
    (absent(e.feature_count) || (Number.isSafeInteger(e.feature_count) && e.feature_count > 0)) &&
    date(e.training_start_date) &&
    date(e.training_end_date) &&
    (absent(e.eval_start_date) || date(e.eval_start_date)) &&
    (absent(e.eval_end_date) || date(e.eval_end_date)) &&
    STATUS.has(e.status) &&
    typeof e.sha256 === 'string' &&
    schema/* SHA256_HEX */.Y5.test(e.sha256) &&
    (absent(e.metrics) || metrics(e.metrics)) &&
    typeof e.created_at === 'string' &&
    TIMESTAMP?.test(e.created_at) === true &&
    (absent(e.promoted_at) || date(e.promoted_at)) &&
    (absent(e.promotion) || promotion(e.promotion)) &&
    (absent(e.notes) || quick_check_text(e.notes, schema/* TEXT_MAX */.DE.notes, 0, true));
const modelId = (id) => id.length >= 1 &&
    fits(id, schema/* TEXT_MAX */.DE.model_id) &&
    (PRINTABLE_ASCII.test(id) || (id.isWellFormed() && (0,schema/* hasSafeChars */.tr)(id, false) && !(0,schema/* hasInvisible */.wy)(id) && id.normalize('NFC') === id));
/** True only when the schema accepts `doc` (a JSON.parse value); false means "ask the schema". */
const passesSchema = (doc) => {
    if (!isObject(doc) || doc.schema_version !== 1 || !quick_check_text(doc.family, schema/* TEXT_MAX */.DE.family, 1))
        return false;
    if (doc.production_model !== null && typeof doc.production_model !== 'string')
        return false;
    const models = doc.models;
    if (!isObject(models))
        return false;
    for (const id in models)
        if (id === '__proto__' || !modelId(id) || !model(models[id]))
            return false;
    return true;
};

// EXTERNAL MODULE: ./manifest/rules.js + 2 modules
var rules = __webpack_require__(9419);
;// CONCATENATED MODULE: ./manifest/parse.js






const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;
const checkManifestSize = (file, size) => {
    if (size > MANIFEST_MAX_BYTES)
        throw errors/* InputError */.dz.at(file, `is ${(size / 1048576).toFixed(1)} MiB; the limit is ${MANIFEST_MAX_BYTES / 1048576} MiB`);
};
/** `metrics`: extra metric names the config declares (its gates read them), so they are not unknown fields. */
const parseManifest = (file, bytes, declared = {}) => {
    checkManifestSize(file, bytes.byteLength);
    const source = (0,json_source/* parseJsonSource */.X0)(file, (0,json_source/* decodeUtf8 */._6)(file, bytes));
    // The quick check says yes to a valid manifest at a fraction of zod's cost; anything else is zod's to judge and word.
    if (!passesSchema(source.value)) {
        const result = schema/* ManifestSchema */.pL.safeParse(knownOnly(source.value));
        if (!result.success)
            throw new errors/* InputError */.dz(result.error.issues.map((i) => toProblem(file, source, i)));
    }
    // The schema transforms nothing, so the checked document is the manifest, unknown fields and all.
    const manifest = source.value;
    const problems = (0,rules/* checkRules */.M)(manifest).map(({ path, message, key }) => ({ ...source.locate(path, key), path: (0,json_source/* jsonPath */.U1)(path), message }));
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return { file, manifest, source, notices: unknownFields(manifest, source, declared.metrics) };
};
const parse_isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const KNOWN = {
    manifest: new Set(schema/* KNOWN_KEYS */.B.manifest),
    model: new Set(schema/* KNOWN_KEYS */.B.model),
    metrics: new Set(schema/* KNOWN_KEYS */.B.metrics),
};
const onlyKnown = (v, keys) => {
    for (const k in v)
        if (!keys.has(k))
            return false;
    return true;
};
/** `v` itself when it holds only known keys (the common case: no copy); else a copy without the unknown ones. */
const pick = (v, keys, each) => {
    if (!parse_isObject(v))
        return v;
    if (!each && onlyKnown(v, keys))
        return v;
    return Object.fromEntries(Object.keys(v).flatMap((k) => (keys.has(k) ? [[k, each ? each(k, v[k]) : v[k]]] : [])));
};
const parse_model = (e) => {
    if (!parse_isObject(e))
        return e;
    const metrics = e.metrics;
    if (onlyKnown(e, KNOWN.model) && (!parse_isObject(metrics) || onlyKnown(metrics, KNOWN.metrics)))
        return e;
    return pick(e, KNOWN.model, (f, x) => (f === 'metrics' ? pick(x, KNOWN.metrics) : x));
};
/** The document with only the fields the schema knows: unknown fields are kept as they are, never validated, and
 * a million of them would otherwise cost the validator seconds and hundreds of MB. Objects that hold only known
 * fields are passed as they are, so a clean manifest is not copied. */
const knownOnly = (doc) => {
    if (!parse_isObject(doc))
        return doc;
    const models = doc.models;
    let same = onlyKnown(doc, KNOWN.manifest);
    let checked = models;
    if (parse_isObject(models)) {
        let copy;
        for (const id in models) {
            const e = models[id];
            const k = parse_model(e);
            if (k !== e && !copy)
                copy = { ...models };
            if (copy)
                copy[id] = k;
        }
        if (copy) {
            checked = copy;
            same = false;
        }
    }
    if (same)
        return doc;
    return pick(doc, KNOWN.manifest, (k, v) => (k === 'models' ? checked : v));
};
const describe = (value) => {
    const s = JSON.stringify(value);
    return s === undefined ? 'nothing' : (0,printable/* printable */.g)(s.length > 60 ? `${s.slice(0, 57)}...` : s);
};
const toProblem = (file, source, issue) => {
    const path = issue.path.filter((p) => typeof p !== 'symbol');
    const value = valueAt(source.value, path);
    const missing = value === undefined && issue.code === 'invalid_type';
    // A bad record key: say what is wrong with the key itself, not with its value.
    const inner = issue.code === 'invalid_key' ? issue.issues[0] : undefined;
    const message = missing
        ? 'is required'
        : inner
            ? `model id ${inner.message}`
            : `${issue.message.replace(/^Invalid input: /, '')} (got ${describe(value)})`;
    return { ...source.locate(path, issue.code === 'invalid_key'), path: (0,json_source/* jsonPath */.U1)(path), message, file };
};
const valueAt = (root, path) => path.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), root);
/** Unknown fields are named one by one up to this many; the rest are counted in one notice (a 16 MiB manifest
 * can hold a million keys, and a finding per key would take more memory than the manifest). */
const UNKNOWN_FIELD_NOTICES = 50;
const unknownFields = (m, source, metrics = new Set()) => {
    const out = [];
    let more = 0;
    // `model_id` unset: the top level; `inMetrics`: the model's metrics, else the model itself.
    const report = (obj, known, model_id, inMetrics = false) => {
        // Clean objects (the common case) cost one pass over their keys and no path arrays; the path is built only for
        // a notice that is written (the first 50), not for each of 10,000 models whose metrics hold one more key.
        if (onlyKnown(obj, known))
            return;
        const path = () => (model_id === undefined ? [] : inMetrics ? ['models', model_id, 'metrics'] : ['models', model_id]);
        for (const key in obj) {
            if (known.has(key))
                continue;
            if (out.length >= UNKNOWN_FIELD_NOTICES) {
                more++;
                continue;
            }
            out.push({
                code: 'manifest.unknown-field',
                severity: 'notice',
                message: `${(0,json_source/* jsonPath */.U1)([...path(), key])} is not part of schema v1; it is kept as is`,
                field: key,
                ...(model_id === undefined ? {} : { model_id }),
                location: source.locate([...path(), key], true),
            });
        }
    };
    const knownMetrics = new Set([...schema/* KNOWN_KEYS */.B.metrics, ...metrics]);
    report(m, KNOWN.manifest);
    for (const id in m.models) {
        const model = m.models[id];
        report(model, KNOWN.model, id);
        if (model.metrics)
            report(model.metrics, knownMetrics, id, true);
    }
    if (more > 0)
        out.push({
            code: 'manifest.unknown-field',
            severity: 'notice',
            message: `${more} more fields are not part of schema v1; they are kept as is`,
        });
    return out;
};


/***/ }),

/***/ 9419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ basename),
  M: () => (/* binding */ checkRules)
});

// EXTERNAL MODULE: ./registry/metrics.js
var registry_metrics = __webpack_require__(40111);
// EXTERNAL MODULE: ./manifest/confusable-table.cjs
var confusable_table = __webpack_require__(65345);
;// CONCATENATED MODULE: ./manifest/confusable-table.js


;// CONCATENATED MODULE: ./manifest/confusable.js
// Unicode confusable skeletons (UTS #39, section 4): two strings that look alike, such as "catboost" with a
// Cyrillic а and the Latin one, or "model_1" and "model_l", have the same skeleton. The mapping is Unicode's
// confusables.txt as the unhomoglyph package ships it (confusable-table.ts).

/**
 * The table's entries for ASCII code points: every other ASCII character is its own prototype. Held here so an ASCII
 * id (the rule) never needs the whole table; test/manifest/confusable.test.ts derives it from data.json.
 */
const ASCII_PROTOTYPES = {
    '"': "''",
    '%': 'º/₀',
    '0': 'O',
    '1': 'l',
    I: 'l',
    '`': "'",
    m: 'rn',
    '|': 'l',
};
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
// ASCII ids are the rule, and for them NFD and the ignorable filter change nothing: their prototypes, one lookup
// per character in a table of 128, skip both Unicode passes over the input (a manifest may hold 10,000 ids).
let ascii;
const ASCII = /^[\x00-\x7f]*$/;
/** skeleton(X) = NFD(prototype of each code point of NFD(X) without default-ignorables). */
const skeleton = (s) => {
    if (ASCII.test(s)) {
        ascii ??= Array.from({ length: 128 }, (_, k) => {
            const c = String.fromCharCode(k);
            return ASCII_PROTOTYPES[c] ?? c;
        });
        const codes = ascii;
        let out = '';
        for (let k = 0; k < s.length; k++)
            out += codes[s.charCodeAt(k)];
        return ASCII.test(out) ? out : out.normalize('NFD');
    }
    // Looked up in the parsed JSON object itself: copying its 6,000 entries into a Map cost more than every lookup of a
    // run. Own properties only, so nothing inherited from Object.prototype is a prototype.
    const table = (0,confusable_table/* confusableTable */.P)();
    let out = '';
    for (const c of s.normalize('NFD').replace(INVISIBLE, ''))
        out += Object.hasOwn(table, c) ? table[c] : c;
    return out.normalize('NFD');
};

// EXTERNAL MODULE: ./manifest/json-source.js
var json_source = __webpack_require__(87812);
;// CONCATENATED MODULE: ./manifest/rules.js
// Cross-field rules the schema alone cannot say. Pure: manifest in, problems out.



// Non-ASCII shown as escapes: two confusable ids would otherwise print identically in the message about them.
const visible = (id) => JSON.stringify(id).replace(/[^\x20-\x7e]/gu, json_source/* escapeCodePoint */.F$);
/** Ids that would look alike to a reader (same UTS #39 skeleton): each later one is reported, naming the first. */
const confusableIds = (ids) => {
    const first = new Map();
    const out = [];
    if (ids.length < 2)
        return out;
    for (const id of ids) {
        const k = skeleton(id);
        const other = first.get(k);
        if (other === undefined)
            first.set(k, id);
        else
            out.push({
                path: ['models', id],
                key: true,
                message: `model id ${visible(id)} looks like ${visible(other)} at ${(0,json_source/* jsonPath */.U1)(['models', other])} (same Unicode confusable skeleton, UTS #39); rename one`,
            });
    }
    return out;
};
/**
 * The first key or string with a lone surrogate in a metric value. The schema checks the manifest's own strings;
 * metrics are any JSON, and DuckDB's and BigQuery's JSON parsers refuse such text, which would fail every sync.
 */
const loneSurrogate = (v, path) => {
    if (typeof v === 'string')
        return v.isWellFormed() ? undefined : { path, message: LONE_SURROGATE };
    if (v === null || typeof v !== 'object')
        return undefined;
    if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
            const p = loneSurrogate(v[i], [...path, i]);
            if (p)
                return p;
        }
        return undefined;
    }
    for (const k of Object.keys(v)) {
        if (!k.isWellFormed())
            return { path: [...path, k], key: true, message: LONE_SURROGATE };
        const p = loneSurrogate(v[k], [...path, k]);
        if (p)
            return p;
    }
    return undefined;
};
const LONE_SURROGATE = 'contains a lone surrogate (not valid Unicode)';
/**
 * One pass for the common case, building no path: an upper bound of `v`'s UTF-8 bytes as JSON (a UTF-16 unit is at
 * most 6 bytes, as a \u escape; a number at most 24 characters), or -1 when a key or string holds a lone surrogate.
 * Only metrics whose bound is over the cap pay for their canonical text here.
 */
const scan = (v) => {
    if (typeof v === 'string')
        return v.isWellFormed() ? 6 * v.length + 2 : -1;
    if (v === null || typeof v !== 'object')
        return 24;
    let n = 2;
    if (Array.isArray(v)) {
        for (const x of v) {
            const m = scan(x);
            if (m < 0)
                return -1;
            n += m + 1;
        }
        return n;
    }
    for (const k in v) {
        const m = k.isWellFormed() ? scan(v[k]) : -1;
        if (m < 0)
            return -1;
        n += 6 * k.length + 4 + m;
    }
    return n;
};
const size = (bytes) => bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
/** A model's metrics as the registry's `metrics` column will hold them: valid Unicode, within METRICS_MAX_BYTES. */
const metricsProblem = (id, metrics) => {
    if (!metrics)
        return undefined;
    const at = ['models', id, 'metrics'];
    const bound = scan(metrics);
    if (bound < 0)
        return loneSurrogate(metrics, at);
    if (bound <= registry_metrics/* METRICS_MAX_BYTES */.rE)
        return undefined;
    const text = (0,registry_metrics/* extraMetrics */.kM)(metrics);
    const bytes = text === null ? 0 : Buffer.byteLength(text, 'utf8');
    if (bytes > registry_metrics/* METRICS_MAX_BYTES */.rE)
        return {
            path: at,
            message: `its metrics beyond hit_rate_edge_3plus, mae and graded_edge_3plus_n are ${size(bytes)} as canonical JSON; the limit is ${registry_metrics/* METRICS_MAX_BYTES */.rE / 1024} KiB`,
        };
    return undefined;
};
const basename = (gcsPath) => gcsPath.slice(gcsPath.lastIndexOf('/') + 1);
const checkRules = (m) => {
    const out = confusableIds(Object.keys(m.models));
    const prod = m.production_model;
    if (prod !== null && !Object.hasOwn(m.models, prod))
        out.push({ path: ['production_model'], message: `names "${prod}", which is not in models` });
    for (const id of Object.keys(m.models)) {
        const e = m.models[id];
        const at = (...p) => ['models', id, ...p];
        if (id === prod && e.status !== 'production')
            out.push({ path: at('status'), message: `is "${e.status}" but production_model names this model; expected "production"` });
        if (id !== prod && e.status === 'production')
            out.push({
                path: at('status'),
                message: prod === null ? 'is "production" but production_model is null' : `is "production" but production_model is "${prod}"`,
            });
        if (e.training_start_date > e.training_end_date)
            out.push({ path: at('training_start_date'), message: `${e.training_start_date} is after training_end_date ${e.training_end_date}` });
        if (e.eval_start_date && e.eval_end_date && e.eval_start_date > e.eval_end_date)
            out.push({ path: at('eval_start_date'), message: `${e.eval_start_date} is after eval_end_date ${e.eval_end_date}` });
        if (e.eval_start_date && e.eval_start_date <= e.training_end_date)
            out.push({
                path: at('eval_start_date'),
                message: `${e.eval_start_date} is not after training_end_date ${e.training_end_date}: evaluation overlaps training (leakage)`,
            });
        const metrics = metricsProblem(id, e.metrics);
        if (metrics)
            out.push(metrics);
        const base = basename(e.gcs_path);
        if (e.file !== base || base === '.' || base === '..')
            out.push({ path: at('file'), message: `"${e.file}" is not the basename of gcs_path ("${base}")` });
    }
    return out;
};


/***/ }),

/***/ 8185:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KNOWN_KEYS),
/* harmony export */   DE: () => (/* binding */ TEXT_MAX),
/* harmony export */   DY: () => (/* binding */ FAILED_GATE_MAX),
/* harmony export */   Dc: () => (/* binding */ Timestamp),
/* harmony export */   Y5: () => (/* binding */ SHA256_HEX),
/* harmony export */   bp: () => (/* binding */ PromotionReasonSchema),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   iX: () => (/* binding */ GCS_PATH),
/* harmony export */   pL: () => (/* binding */ ManifestSchema),
/* harmony export */   tf: () => (/* binding */ isCalendarDate),
/* harmony export */   tr: () => (/* binding */ hasSafeChars),
/* harmony export */   wy: () => (/* binding */ hasInvisible)
/* harmony export */ });
/* unused harmony exports PromotionSchema, MetricsSchema, ModelSchema, MODEL_ID_MAX, codePointLabel */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92527);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17197);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8378);
/* harmony import */ var _zod_locale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81704);
// The manifest schema, v1. zod is the single source: types, validation and the published JSON Schema.
// zod/mini: the same validator and messages, but tree-shakable, so start-up parses a fraction of the code.


const STATUSES = ['production', 'candidate', 'untested', 'deprecated'];
/**
 * True when `YYYY-MM-DD` names a day that exists (rejects 2026-02-30), in BigQuery's DATE range 0001-01-01 to
 * 9999-12-31. Not Date.UTC(y, …): it maps years 0–99 to 1900–1999, so 0050-01-01 came back as 1950.
 */
const isCalendarDate = (s) => {
    if (!CALENDAR_DATE.test(s))
        return false;
    // Digits by char code: this runs four times per model, and a manifest may hold 10,000 (no Date, no match array).
    const n = (i) => s.charCodeAt(i) - 48;
    const y = n(0) * 1000 + n(1) * 100 + n(2) * 10 + n(3);
    const mo = n(5) * 10 + n(6);
    const d = n(8) * 10 + n(9);
    if (y < 1 || mo < 1 || mo > 12 || d < 1)
        return false;
    // Proleptic Gregorian, as Date.setUTCFullYear counts.
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return d <= (mo === 2 ? (leap ? 29 : 28) : (DAYS_IN_MONTH[mo - 1] ?? 0));
};
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Control characters, bidi overrides and lone surrogates make text that renders differently from what it is.
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LINE_BREAK = /[\r\n\t]/;
/** No control or bidi-override character (and, unless multiline, no newline or tab). Shared with quick-check.ts. */
const hasSafeChars = (s, multiline) => !UNSAFE_TEXT.test(s) && (multiline || !LINE_BREAK.test(s));
const safeText = (max, multiline = false, min = 0) => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(...(min > 0 ? [zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(min)] : []), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(max, { message: `must be at most ${max} characters` }), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB((s) => s.isWellFormed(), { message: 'contains a lone surrogate (not valid Unicode)' }), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB((s) => hasSafeChars(s, multiline), {
    message: multiline ? 'contains a control or bidi-override character' : 'contains a control character, newline or bidi override',
}));
/**
 * The longest text each field may hold, in code points (zod's maxLength counts those). Shared with quick-check.ts,
 * which compares String length (UTF-16 units, never fewer): an astral text near a limit goes on to zod, which decides.
 */
const TEXT_MAX = {
    family: 128,
    file: 255,
    gcs_path: 1024,
    model_version: 128,
    notes: 10_000,
    reason: 1000,
    failed_gate: 500,
    model_id: 1024,
};
const GCS_PATH = /^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}[a-z0-9]\/.+/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const date = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB(isCalendarDate, { message: 'must be a real calendar date YYYY-MM-DD' }));
const opt = (t) => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl6(t);
/** The reason a promotion carries (`promote --reason`): one line of safe text. */
const PromotionReasonSchema = safeText(TEXT_MAX.reason, false, 1);
const FAILED_GATE_MAX = TEXT_MAX.failed_gate;
/** Written by `promote` when a reason is given; the history reads `reason` into its audit trail. */
const PromotionSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    reason: PromotionReasonSchema,
    forced: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()),
    failed_gates: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(safeText(FAILED_GATE_MAX))),
});
const MetricsSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .catchall */ .rUs(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    hit_rate_edge_3plus: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gte */ .qm(0), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._lte */ .Zm(100))),
    mae: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gte */ .qm(0))),
    graded_edge_3plus_n: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gte */ .qm(0))),
}), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J());
/** zod's own ISO 8601 check; quick-check.ts tests its pattern. */
const Timestamp = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$({ offset: true, message: 'must be an ISO 8601 timestamp with a time zone' });
const ModelSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .catchall */ .rUs(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    file: safeText(TEXT_MAX.file, false, 1),
    gcs_path: safeText(TEXT_MAX.gcs_path).check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._regex */ .Fk(GCS_PATH, { message: 'must be gs://BUCKET/OBJECT' })),
    model_version: opt(safeText(TEXT_MAX.model_version)),
    feature_count: opt(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gt */ .Tx(0))),
    training_start_date: date,
    training_end_date: date,
    eval_start_date: opt(date),
    eval_end_date: opt(date),
    status: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(STATUSES),
    sha256: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._regex */ .Fk(SHA256_HEX, { message: 'must be 64 lowercase hex characters' })),
    metrics: opt(MetricsSchema),
    created_at: Timestamp,
    promoted_at: opt(date),
    promotion: opt(PromotionSchema),
    notes: opt(safeText(TEXT_MAX.notes, true)),
}), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J());
const MODEL_ID_MAX = TEXT_MAX.model_id;
/** U+XXXX for a code point, as Unicode writes it. */
const codePointLabel = (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
// Ids must read as what they are: two ids that differ only by a zero-width space, a soft hyphen, a direction mark
// (Default_Ignorable_Code_Point) or by normalization (é vs e + U+0301) print identically. Look-alike ids of
// different letters (Cyrillic а vs Latin a) are caught across ids by the confusable rule in rules.ts.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
/** Holds a default-ignorable (invisible) code point. Shared with quick-check.ts. */
const hasInvisible = (s) => INVISIBLE.test(s);
const modelId = safeText(MODEL_ID_MAX, false, 1).check(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB((s) => !hasInvisible(s), {
    error: (issue) => {
        const c = String(issue.input).match(INVISIBLE)?.[0] ?? '';
        return `contains the invisible code point ${codePointLabel(c)} (default-ignorable); ids must not`;
    },
}), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB((s) => s.normalize('NFC') === s, {
    message: 'is not in Unicode normalization form NFC; write it composed (NFC)',
}));
const ManifestSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .catchall */ .rUs(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema_version: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    family: safeText(TEXT_MAX.family, false, 1),
    production_model: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    models: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(modelId, ModelSchema),
}), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J());
/** Keys the schema knows, so unknown ones can be reported (kept, never dropped). */
const KNOWN_KEYS = {
    manifest: Object.keys(ManifestSchema.shape),
    model: Object.keys(ModelSchema.shape),
    metrics: Object.keys(MetricsSchema.shape),
};


/***/ }),

/***/ 81704:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __webpack_require__) => {

/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46416);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39376);
// zod/mini ships without messages; load the English ones once, before any schema is used.

zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A());


/***/ }),

/***/ 92103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseBigQueryAddress)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
// A bigquery: registry address, checked without loading the client library (backends.ts opens the adapter lazily).

/** Project (optionally domain-scoped), dataset, table: validated, because identifiers cannot be parameters. */
const ADDRESS = /^((?:[a-z][a-z0-9.-]*:)?[a-z][a-z0-9-]{4,28}[a-z0-9])\.([A-Za-z0-9_]{1,1024})\.([A-Za-z0-9_-]{1,1024})$/;
/** `PROJECT.DATASET.TABLE` (what follows `bigquery:`), or bad input. */
const parseBigQueryAddress = (address) => {
    const m = ADDRESS.exec(address);
    if (!m)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(`bigquery:${address}`, 'must be bigquery:PROJECT.DATASET.TABLE');
    const [, project, dataset, tableId] = m;
    return { project, dataset, tableId };
};


/***/ }),

/***/ 40111:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mg: () => (/* binding */ canonicalFromStore),
/* harmony export */   kM: () => (/* binding */ extraMetrics),
/* harmony export */   rE: () => (/* binding */ METRICS_MAX_BYTES)
/* harmony export */ });
/* unused harmony export canonicalJson */
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8185);
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92426);
// The registry's `metrics` JSON column: every metric of a manifest entry beyond the three that have their own columns.
// Held as canonical JSON text (object keys in code-point order at every depth, no whitespace), so the same metrics
// always make the same bytes: a second sync compares equal and writes nothing, and drift compares text.


/**
 * The most a model's `metrics` column may hold, in UTF-8 bytes of its canonical text: the value is printed whole in
 * drift findings, plans and the history, so a manifest over it is bad input (checked when the manifest is parsed).
 */
const METRICS_MAX_BYTES = 64 * 1024;
/** The metrics with their own registry columns (hit_rate_edge_3plus, mae, graded_edge_3plus_n): never repeated in `metrics`. */
const OWN_COLUMNS = new Set(_manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .KNOWN_KEYS */ .B.metrics);
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
// Metric values are not checked like the manifest's other strings (any JSON may be there), and this text reaches
// findings, logs and markdown: characters that render other than they are (C1 controls, line and paragraph
// separators, bidi overrides) are written as \u escapes by printable, which is the same JSON value inside a string.
const str = (s) => (0,_util_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(JSON.stringify(s));
/** JSON text with sorted keys; built by hand so a `__proto__` key is data, never a prototype. */
const canonicalJson = (v) => {
    if (typeof v === 'string')
        return str(v);
    if (v === null || typeof v !== 'object')
        return JSON.stringify(v) ?? 'null';
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    const keys = Object.keys(v).sort(byCodePoint);
    return `{${keys.map((k) => `${str(k)}:${canonicalJson(v[k])}`).join(',')}}`;
};
/** The `metrics` column of an entry: its extra metrics as canonical JSON, or null when it has none. */
const extraMetrics = (metrics) => {
    if (!metrics)
        return null;
    // canonicalJson of the object of these keys, written out without building that object (it runs once per model).
    const extra = Object.keys(metrics).filter((k) => !OWN_COLUMNS.has(k) && metrics[k] !== undefined);
    if (extra.length === 0)
        return null;
    extra.sort(byCodePoint);
    let out = '{';
    for (let i = 0; i < extra.length; i++) {
        const k = extra[i];
        out += `${i === 0 ? '' : ','}${str(k)}:${canonicalJson(metrics[k])}`;
    }
    return `${out}}`;
};
/**
 * A `metrics` value as a backend returns it (text in any key order and spacing, or an already parsed value), in the
 * canonical form, so what was written reads back equal. JSON `null` is no metrics (BigQuery's TO_JSON_STRING spells
 * a NULL so). Text that is not JSON is returned as it is (it then differs, and sync rewrites it).
 */
const canonicalFromStore = (v) => {
    if (v === null || v === undefined)
        return null;
    let parsed = v;
    if (typeof v === 'string')
        try {
            parsed = JSON.parse(v);
        }
        catch {
            return v;
        }
    return parsed === null ? null : canonicalJson(parsed);
};


/***/ }),

/***/ 11174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ byId),
/* harmony export */   $P: () => (/* binding */ manifestRows),
/* harmony export */   aC: () => (/* binding */ COLUMN_NAMES),
/* harmony export */   cZ: () => (/* binding */ COLUMNS),
/* harmony export */   ji: () => (/* binding */ manifestPath)
/* harmony export */ });
/* unused harmony exports canonicalTimestamp, toRow */
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8185);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40111);
// The model_registry row: one pure mapping from a manifest entry, the same columns in every backend.


const COLUMNS = [
    ['model_id', 'STRING', true],
    ['family', 'STRING', true],
    ['model_version', 'STRING', false],
    ['file', 'STRING', true],
    ['gcs_path', 'STRING', true],
    ['feature_count', 'INT64', false],
    ['training_start_date', 'DATE', true],
    ['training_end_date', 'DATE', true],
    ['eval_start_date', 'DATE', false],
    ['eval_end_date', 'DATE', false],
    ['status', 'STRING', true],
    ['is_production', 'BOOL', true],
    ['sha256', 'STRING', true],
    ['hit_rate_edge_3plus', 'FLOAT64', false],
    ['evaluation_mae', 'FLOAT64', false],
    ['graded_edge_3plus_n', 'INT64', false],
    ['created_at', 'TIMESTAMP', true],
    ['promoted_at', 'DATE', false],
    ['notes', 'STRING', false],
    // The manifest's metrics beyond the three columns above, as canonical JSON text (see metrics.ts).
    ['metrics', 'JSON', false],
];
const COLUMN_NAMES = COLUMNS.map(([name]) => name);
/** Timestamps compare as instants: one canonical form whatever zone the manifest wrote. */
const canonicalTimestamp = (s) => {
    // The usual form, UTC to the second (YYYY-MM-DDTHH:MM:SSZ) with every field in range, is its own instant: only the
    // milliseconds are added, without a Date (one per model). Anything else goes through Date, as it always did.
    if (s.length === 20 && UTC_SECONDS.test(s) && (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isCalendarDate */ .tf)(s.slice(0, 10))) {
        const h = Number(s.slice(11, 13));
        if (h < 24 && Number(s.slice(14, 16)) < 60 && Number(s.slice(17, 19)) < 60)
            return `${s.slice(0, 19)}.000Z`;
    }
    return new Date(s).toISOString();
};
const UTC_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const toRow = (family, productionModel, id, e) => ({
    model_id: id,
    family,
    model_version: e.model_version ?? null,
    file: e.file,
    gcs_path: e.gcs_path,
    feature_count: e.feature_count ?? null,
    training_start_date: e.training_start_date,
    training_end_date: e.training_end_date,
    eval_start_date: e.eval_start_date ?? null,
    eval_end_date: e.eval_end_date ?? null,
    status: e.status,
    is_production: id === productionModel,
    sha256: e.sha256,
    hit_rate_edge_3plus: e.metrics?.hit_rate_edge_3plus ?? null,
    evaluation_mae: e.metrics?.mae ?? null,
    graded_edge_3plus_n: e.metrics?.graded_edge_3plus_n ?? null,
    created_at: canonicalTimestamp(e.created_at),
    promoted_at: e.promoted_at ?? null,
    notes: e.notes ?? null,
    metrics: (0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .extraMetrics */ .kM)(e.metrics),
});
const manifestRows = (m) => {
    // A loop over the ids, not Object.entries: a manifest may hold 10,000 models, and each pair was an array.
    const rows = [];
    for (const id of Object.keys(m.models))
        rows.push(toRow(m.family, m.production_model, id, m.models[id]));
    return rows.sort((a, b) => byId(a.model_id, b.model_id));
};
/** Code-point order, the same on every machine and locale. */
const byId = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The manifest field a registry column comes from, for pointing findings at the manifest source. */
const manifestPath = (column) => {
    switch (column) {
        case 'hit_rate_edge_3plus':
            return ['metrics', 'hit_rate_edge_3plus'];
        case 'evaluation_mae':
            return ['metrics', 'mae'];
        case 'graded_edge_3plus_n':
            return ['metrics', 'graded_edge_3plus_n'];
        case 'is_production':
            return ['status'];
        default:
            return [column];
    }
};


/***/ }),

/***/ 22074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   Tr: () => (/* binding */ countBy),
/* harmony export */   dO: () => (/* binding */ makeReport)
/* harmony export */ });
/* unused harmony export sortFindings */
const MODES = ['sync', 'drift', 'duplicate', 'claude-md', 'lint-filenames', 'gate', 'promote', 'list', 'history'];
const rank = { error: 0, warning: 1, notice: 2 };
/** Deterministic order so the same inputs always render the same bytes. */
const sortFindings = (findings) => [...findings].sort((a, b) => rank[a.severity] - rank[b.severity] ||
    cmp(a.location?.file, b.location?.file) ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    cmp(a.model_id, b.model_id) ||
    cmp(a.code, b.code) ||
    cmp(a.field, b.field) ||
    cmp(a.message, b.message));
const cmp = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0);
const countBy = (findings, severity) => findings.filter((f) => f.severity === severity).length;
const makeReport = (mode, family, findings, summary, extra = {}) => ({
    mode,
    family,
    ok: countBy(findings, 'error') === 0,
    summary,
    findings: sortFindings(findings),
    ...extra,
});


/***/ }),

/***/ 44346:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ replaceKeeping)
/* harmony export */ });
/* unused harmony export replaceFile */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
// Atomic file replacement that a hostile checkout cannot redirect. The new bytes go to a file created exclusively
// inside a private directory (mkdtemp: unpredictable name, mode 0700) beside the target, so a link planted at any
// predictable name is never followed; then one rename puts them in place. The directory is removed on every path.
// The rename gives the target a new inode: mode and owner are copied by the caller's request, and other hard links to
// the old file keep the old bytes. Callers resolve symbolic links first (util/contain resolveWriteTarget).

// node:fs/promises (its FileHandle machinery, streams, readline) is loaded by the first write, not at every start-up.
const fsp = () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
/** Replace `path` with `bytes` in one rename. `path` itself is replaced, not followed: resolve links before calling. */
const replaceFile = async (path, bytes, opts = {}) => {
    const { mkdtemp, open, rename, rm } = await fsp();
    const dir = await mkdtemp((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(path), '.model-governance-'));
    try {
        const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'next');
        // 'wx': O_CREAT | O_EXCL, which also refuses to follow a symbolic link at that name.
        const fh = await open(tmp, 'wx', opts.mode ?? 0o644);
        try {
            await fh.writeFile(bytes);
            if (opts.uid !== undefined && opts.gid !== undefined)
                await fh.chown(opts.uid, opts.gid).catch((e) => {
                    if (e.code !== 'EPERM')
                        throw e;
                });
            // After chown (which clears set-id bits), and because the umask may have narrowed the mode given to open().
            if (opts.mode !== undefined)
                await fh.chmod(opts.mode);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await rename(tmp, path);
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
};
/** Replace an existing file in place of itself: the new bytes keep its permission bits and (where allowed) owner. */
const replaceKeeping = async (path, bytes) => {
    const { mode, uid, gid } = await (await fsp()).stat(path);
    await replaceFile(path, bytes, { mode: mode & 0o7777, uid, gid });
};


/***/ }),

/***/ 80073:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBounded)
/* harmony export */ });
/* unused harmony export sizeName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _fs_async_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62175);
// Read a user's file, but never more than its limit. A size from stat() is no bound: /dev/zero, a FIFO or a
// /proc file reports 0 and then streams forever, and a file can grow between stat() and read(). So the read itself
// stops one byte past the limit, and that byte means "too large" (bad input, exit 2), never an out-of-memory abort.


/**
 * The first read's buffer; it doubles while the file fills it, up to the limit. Most files read here (a CLAUDE.md, a
 * config, a template) are a few KiB: a fixed 1 MiB buffer per read cost each of them a 1 MiB allocation (and, counted
 * as external memory, garbage-collector work), once per family in a many-family run.
 */
const FIRST = 64 * 1024;
/** The file's bytes, or an InputError when it holds more than `max` bytes. Other fs errors are thrown as they are. */
const readBounded = async (path, max) => {
    const fd = await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_1__/* .openForReading */ .sb)(path);
    try {
        let buf = Buffer.allocUnsafe(Math.min(FIRST, max + 1));
        let total = 0;
        for (;;) {
            if (total === buf.length) {
                const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, max + 1));
                buf.copy(grown, 0, 0, total);
                buf = grown;
            }
            const bytesRead = await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_1__/* .readInto */ .Pq)(fd, buf, total, buf.length - total);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > max)
                throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(path, `is larger than ${sizeName(max)}, the limit for this file`);
        }
        // A copy of exactly the bytes, so the caller does not hold the buffer's unused end.
        return Buffer.from(buf.subarray(0, total));
    }
    finally {
        await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_1__/* .close */ .VN)(fd);
    }
};
const sizeName = (bytes) => (bytes >= 1048576 ? `${bytes / 1048576} MiB` : `${bytes / 1024} KiB`);


/***/ }),

/***/ 79285:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   ZZ: () => (/* binding */ resolveWriteTarget),
/* harmony export */   aO: () => (/* binding */ realTarget),
/* harmony export */   cm: () => (/* binding */ isInsideWorkspace)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _fs_async_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62175);
// Where a path really leads. A checkout is attacker-controlled: any name in it may be a symbolic link, and `..` after a
// link climbs from the link's target, not from where the name sits. So a path is judged by what the kernel resolves
// (realpath), never by its spelling, and the path that was judged is the path that is then opened.



/** Whether `child` is `parent` or lies below it (both absolute and already resolved). */
const isWithin = (child, parent) => {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(parent, child);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`));
};
/**
 * Whether a resolved path lies inside the resolved workspace `root` and outside its `.git` directory, which holds
 * what the checkout must never reach: hooks, and with actions/checkout's default the token in `.git/config`.
 */
const isInsideWorkspace = (real, realRoot) => isWithin(real, realRoot) && !isWithin(real, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(realRoot, '.git'));
const isMissing = (e) => {
    const code = e.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
};
/**
 * The absolute path the kernel reaches for `path` (relative to `cwd`), following every link. A name that does not exist
 * yet resolves through its deepest existing ancestor, so a file about to be created is judged by the directory it will
 * land in. The string is never normalised first: `link/../x` must climb from the link's target, as open() does.
 */
const realTarget = async (path, cwd = process.cwd()) => {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? path : `${cwd}${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}${path}`;
    const tail = [];
    let at = abs;
    for (;;) {
        try {
            const real = await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_2__/* .realpath */ .Kz)(at);
            return tail.length ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(real, ...tail.reverse()) : real;
        }
        catch (e) {
            if (!isMissing(e))
                throw e;
            // A dangling link is a name that exists: it leads where its target would be, which realpath cannot say.
            if (await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1)(at).then((s) => s.isSymbolicLink(), () => false))
                throw Object.assign(new Error(`${at} is a symbolic link to a missing file`), { code: 'EDANGLING' });
            const up = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(at);
            if (up === at)
                return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(abs);
            tail.push((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(at));
            at = up;
        }
    }
};
/**
 * The repository root the CLI confines config paths to: the nearest ancestor of `from` holding `.git` (a directory, or a
 * file in a worktree); without one, `fallback`. In the action the root is GITHUB_WORKSPACE instead.
 */
const repositoryRoot = async (from, fallback) => {
    for (let at = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(from);; at = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(at)) {
        if (await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_2__/* .access */ .T_)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(at, '.git')).then(() => true, () => false))
            return at;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(at) === at)
            return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(fallback);
    }
};
/**
 * Where a write to `path` must go. A plain file is replaced where it is named. A name that passes through a symbolic
 * link (`CLAUDE.md -> AGENTS.md`, the common layout) is written through to its target when that target lies inside
 * `root`, so the real file is updated and the link stays a link; a link leading outside `root` is refused (exit 2),
 * since a cloned repository must never turn a doc refresh into a write elsewhere (e.g. ~/.bashrc or .git/hooks of
 * another checkout). Hard links cannot be told apart from the file: the rename in replaceFile gives `path` a new inode
 * and the other names keep the old bytes.
 */
const resolveWriteTarget = async (path, root, cwd = process.cwd()) => {
    let real;
    try {
        real = await realTarget(path, cwd);
    }
    catch (e) {
        const code = e.code;
        if (code === 'EDANGLING')
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(path, 'is a symbolic link to a missing file; nothing written');
        if (code === 'ELOOP' || code === 'EACCES' || code === 'ERR_INVALID_ARG_VALUE' || code === 'ENAMETOOLONG')
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(path, `cannot be resolved (${code}); nothing written`);
        throw e;
    }
    if (real === (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path))
        return path;
    if (isInsideWorkspace(real, await realTarget(root, cwd)))
        return real;
    throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(path, `is a symbolic link that leads outside ${root}; refusing to write through it`);
};


/***/ }),

/***/ 62175:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ lstat),
/* harmony export */   Kz: () => (/* binding */ realpath),
/* harmony export */   Pq: () => (/* binding */ readInto),
/* harmony export */   TA: () => (/* binding */ readFile),
/* harmony export */   TI: () => (/* binding */ glob),
/* harmony export */   T_: () => (/* binding */ access),
/* harmony export */   VN: () => (/* binding */ close),
/* harmony export */   dJ: () => (/* binding */ stat),
/* harmony export */   sb: () => (/* binding */ openForReading)
/* harmony export */ });
/* unused harmony exports mkdtemp, writeFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
// The few filesystem calls of an offline start-up, as promises over node:fs's callback API. node:fs is loaded before
// any of our code runs; node:fs/promises is not, and importing it loads its FileHandle machinery with node's streams
// and readline (a few milliseconds of every command's start-up). Each call here is the one fs/promises makes: the
// same libuv request, result and error (code, syscall, path, message); realpath is the native one, as in fs/promises.

const call = (start) => new Promise((resolve, reject) => start((e, value) => (e ? reject(e) : resolve(value))));
const access = (path) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.access(path, (e) => done(e, undefined)));
const lstat = (path) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.lstat(path, done));
const stat = (path) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.stat(path, done));
const readFile = (path) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.readFile(path, done));
const realpath = (path) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.realpath.native(path, done));
/** Every match, in the order fs/promises' glob yields them (both walk node's same Glob). */
const glob = (pattern) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.glob(pattern, done));
/** A file opened for reading by descriptor: read into a buffer at an offset (null position: the file's), close. */
const openForReading = (path) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.open(path, 'r', done));
const readInto = (fd, buf, offset, length) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.read(fd, buf, offset, length, null, done));
const close = (fd) => call((done) => node_fs__WEBPACK_IMPORTED_MODULE_0__.close(fd, (e) => done(e, undefined)));
/** The action's findings file: a private directory, and a file created there (flag 'wx' refuses an existing one). */
const mkdtemp = (prefix) => call((done) => fs.mkdtemp(prefix, done));
const writeFile = (path, data, options) => call((done) => fs.writeFile(path, data, options, (e) => done(e, undefined)));


/***/ }),

/***/ 70345:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ environmentFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
// Which filesystem failures are the environment rather than the user's files. A full disk, a quota, a read-only mount
// or an I/O error says nothing about the input, so it is exit 3 (ServiceError) like any other failed service, never
// exit 2 ("fix your file"). Writers map their errors through here before the generic "bad file" mapping.

const ENVIRONMENT = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is exhausted',
    EROFS: 'the filesystem is read-only',
    EIO: 'an I/O error on the device',
    EMFILE: 'too many open files in this process',
    ENFILE: 'too many open files on the system',
};
/** A ServiceError naming the filesystem when `e` is an environment failure; undefined for anything else. */
const environmentFailure = (path, operation, e, after = '') => {
    const code = e?.code;
    const why = code === undefined ? undefined : ENVIRONMENT[code];
    return why === undefined
        ? undefined
        : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7('The filesystem', `${operation} ${path}`, `${why} (${code})${after}`, { cause: e });
};


/***/ }),

/***/ 73646:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ limiter),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
// Map with at most `limit` calls in flight, keeping input order: many small reads at once, never hundreds.
const mapLimit = async (items, limit, fn) => {
    const out = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            try {
                out[i] = await fn(items[i], i);
            }
            catch (e) {
                failed = true; // start nothing new once the result is an error anyway
                throw e;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
};
/** At most `limit` calls of the returned function in flight at once, across every caller that shares it. */
const limiter = (limit) => {
    let running = 0;
    const waiting = [];
    return async (fn) => {
        if (running >= limit)
            await new Promise((go) => waiting.push(go));
        else
            running++;
        try {
            return await fn();
        }
        finally {
            // Hand the slot straight to the next waiter (running stays the same), or free it.
            const go = waiting.shift();
            if (go)
                go();
            else
                running--;
        }
    };
};


/***/ }),

/***/ 92426:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable),
/* harmony export */   v: () => (/* binding */ showValue)
/* harmony export */ });
// Text that reaches a terminal, a log or a PR must not carry control characters (ANSI/OSC escapes) or bidi
// overrides: they would make it display as something it is not. Such code points are shown as \uXXXX. U+2028/U+2029
// too: some readers end a line there, so they would carry data onto a line of its own.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const printable = (s) => s.replace(UNPRINTABLE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
/** Values longer than this are shown by their head and length in messages and text lines; the JSON keeps them whole. */
const VALUE_SHOWN_MAX = 200;
/**
 * A value as a message or plan line shows it: NULL, a string as it is, anything else as JSON. A longer one (a
 * metrics text may be up to 64 KiB) is its first `max` characters, never half a surrogate pair, and its length.
 */
const showValue = (v, max = VALUE_SHOWN_MAX) => {
    const s = v === null ? 'NULL' : typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
    if (s.length <= max)
        return s;
    const last = s.charCodeAt(max - 1);
    return `${s.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max)}… (${s.length.toLocaleString('en-US')} characters)`;
};


/***/ }),

/***/ 52094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kv: () => (/* binding */ readYamlFile)
/* harmony export */ });
/* unused harmony exports YAML_MAX_BYTES, parseYamlSource */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33483);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _manifest_json_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87812);
/* harmony import */ var _manifest_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99247);
/* harmony import */ var _bounded_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80073);
// YAML with positions: parse once, then point any path at its line:column.





// A YAML document tree costs ~400 bytes of heap per byte of flow-style source: 1 MiB of `[{},{},…]` peaked at
// 510 MB, so the limit is what parses well inside a 512 MB heap. A Cloud Run export or a config is a few KiB.
const YAML_MAX_BYTES = 256 * 1024;
const parseYamlSource = (file, text) => {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
    const err = doc.errors[0];
    if (err) {
        const pos = lc.linePos(err.pos[0]);
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, `invalid YAML: ${err.message.split('\n')[0]}`, { line: pos.line, column: pos.col });
    }
    const at = (node) => {
        const p = lc.linePos(node?.range?.[0] ?? 0);
        return { file, line: p.line, column: p.col };
    };
    let value;
    try {
        // Aliases resolve here: an unresolved one or an alias bomb ("billion laughs") is bad input, not a crash.
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, `invalid YAML: ${e.message.split('\n')[0]}`, { line: 1, column: 1 });
    }
    return {
        file,
        doc,
        value,
        locate(path, key = false) {
            let node = doc.contents;
            let last = doc.contents;
            for (const [i, seg] of path.entries()) {
                if (key && i === path.length - 1 && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                    const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === seg);
                    if (pair)
                        return at(pair.key);
                }
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
                    const next = node.get(seg, true);
                    if (!next)
                        break;
                    node = next;
                    last = next;
                }
                else
                    break;
            }
            return at(last);
        },
    };
};
const readYamlFile = async (file) => {
    let bytes;
    try {
        bytes = await (0,_bounded_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readBounded */ .C)(file, YAML_MAX_BYTES);
    }
    catch (e) {
        throw (0,_manifest_local_js__WEBPACK_IMPORTED_MODULE_3__/* .fsProblem */ .X)(file, e);
    }
    return parseYamlSource(file, (0,_manifest_json_source_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(file, bytes));
};


/***/ })

};
