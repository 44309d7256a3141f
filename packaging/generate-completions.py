#!/usr/bin/env python3
"""Writes bash and zsh completion for specdesk-cli from the program's own --help.

Usage: generate-completions.py SPECDESK_CLI OUT_DIR
Writes OUT_DIR/specdesk-cli.bash and OUT_DIR/_specdesk-cli. The help text is the only source of
command and option names, so a command added to the CLI's help is completed after the next build.
"""
import re
import subprocess
import sys
from pathlib import Path

# An option, and what follows it when that is an argument: a metavariable (DIR, FILE, K) or a
# list of choices (text|json). "--format json prints..." in a description takes no argument.
OPTION = re.compile(r"(--[a-z][a-z-]*)(?: ([A-Z][A-Z_]*)\b| ([a-z]+(?:\|[a-z]+)+))?")


class Command:
    def __init__(self, words, summary):
        self.words = words  # ["validate"] or ["connection", "add"]
        self.summary = summary
        self.options = []  # in the order the help names them

    def add_options(self, text, arguments):
        for name, metavar, choices in OPTION.findall(text):
            if name not in self.options:
                self.options.append(name)
            if (metavar or choices) and name not in arguments:
                arguments[name] = choices.split("|") if choices else metavar


def parse(help_text):
    """Returns (commands, global options, option arguments) as the help describes them."""
    commands, global_options, arguments = [], [], {}
    section = None
    current = None
    for line in help_text.splitlines():
        heading = re.fullmatch(r"([A-Z][A-Za-z ]*):", line)
        if heading:
            section = heading.group(1)
            current = None
            continue
        if section == "Commands":
            entry = re.match(r"^  ([a-z][a-z-]*)(?: ([a-z][a-z-]*)\b)?(.*)$", line)
            if entry:
                words = [entry.group(1)] + ([entry.group(2)] if entry.group(2) else [])
                usage, _, summary = entry.group(3).partition("   ")
                current = Command(words, summary.strip())
                commands.append(current)
                current.add_options(usage, arguments)
            elif current and line.strip():
                text = line.strip()
                if not text.startswith("["):  # a description line, not more of the usage
                    current.summary = f"{current.summary} {text}".strip()
                current.add_options(text, arguments)
        elif section == "Options":
            names = re.match(r"^  (-[a-z], )?(--[a-z][a-z-]*)(?: ([A-Z]+))?\s+(.*)$", line)
            if names:
                short = names.group(1)[:2] if names.group(1) else None
                global_options.append((short, names.group(2), names.group(3), names.group(4).strip()))
                # "--color WHEN  auto|always|never. ...": the description starts with the choices.
                choices = re.match(r"([a-z]+(?:\|[a-z]+)+)\b", names.group(4).strip())
                if names.group(3):
                    arguments[names.group(2)] = choices.group(1).split("|") if choices else names.group(3)
    if not commands:
        sys.exit("generate-completions.py: found no commands in the help")
    return commands, global_options, arguments


def first_sentence(text):
    return re.split(r"(?<=[a-z)])\. ", text, maxsplit=1)[0].rstrip(".")


def bash_script(commands, global_options, arguments):
    top = []
    children = {}
    for command in commands:
        if command.words[0] not in top:
            top.append(command.words[0])
        if len(command.words) == 2:
            children.setdefault(command.words[0], []).append(command.words[1])
    global_words = [name for short, name, _, _ in global_options] + [
        short for short, _, _, _ in global_options if short
    ]

    out = [
        "# bash completion for specdesk-cli -*- shell-script -*-",
        "# Generated from `specdesk-cli --help` by packaging/generate-completions.py; do not edit.",
        "",
        "_specdesk_cli()",
        "{",
        "    local cur prev words cword",
        "    if declare -F _init_completion >/dev/null; then",
        "        _init_completion || return",
        "    else",
        "        COMPREPLY=()",
        '        words=("${COMP_WORDS[@]}") cword=$COMP_CWORD',
        '        cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}',
        "    fi",
        "",
        "    # The argument of the option before the cursor.",
        '    case "$prev" in',
    ]
    takes_value = []
    for name, argument in arguments.items():
        if isinstance(argument, list):
            out.append(f"        {name}) COMPREPLY=($(compgen -W '{' '.join(argument)}' -- \"$cur\")); return ;;")
        elif argument == "DIR":
            out.append(f'        {name}) COMPREPLY=($(compgen -d -- "$cur")); return ;;')
        elif argument == "FILE":
            out.append(f'        {name}) COMPREPLY=($(compgen -f -- "$cur")); return ;;')
        else:
            takes_value.append(name)
    if takes_value:
        out.append(f"        {'|'.join(takes_value)}) return ;;")
    out += [
        "    esac",
        "",
        "    # The command (and subcommand) so far; global options and their arguments are skipped.",
        "    local i command=",
        "    for ((i = 1; i < cword; i++)); do",
        '        case "${words[i]}" in',
    ]
    global_with_value = [name for _, name, metavar, _ in global_options if metavar]
    if global_with_value:
        out.append(f"            {'|'.join(global_with_value)}) ((i++)) ;;")
    out += [
        "            -*) ;;",
        "            *)",
        '                if [[ -z $command ]]; then',
        '                    command=${words[i]}',
    ]
    if children:
        parents = " ".join(children)
        out += [
            f'                elif [[ " {parents} " == *" $command "* ]]; then',
            '                    command+=" ${words[i]}"',
            "                    break",
        ]
    out += [
        "                else",
        "                    break",
        "                fi",
        "                ;;",
        "        esac",
        "    done",
        "",
        "    local options=",
        '    case "$command" in',
        f"        '') COMPREPLY=($(compgen -W '{' '.join(top + global_words)}' -- \"$cur\")); return ;;",
    ]
    for parent, subcommands in children.items():
        out.append(f"        {parent}) COMPREPLY=($(compgen -W '{' '.join(subcommands)}' -- \"$cur\")); return ;;")
    for command in commands:
        if command.options:
            out.append(f"        '{' '.join(command.words)}') options='{' '.join(command.options)}' ;;")
    out += [
        "    esac",
        "    # Anything else is a file, a connection or a spec: left to the default completion.",
        '    [[ $cur == -* ]] && COMPREPLY=($(compgen -W "$options" -- "$cur"))',
        "} &&",
        "    complete -o default -F _specdesk_cli specdesk-cli",
        "",
        "# ex: filetype=sh",
        "",
    ]
    return "\n".join(out)


def zsh_quote(text):
    """Quotes text for a single-quoted _arguments or _describe spec."""
    return text.replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]")


def zsh_option_spec(name, arguments, description=""):
    spec = name + (f"[{zsh_quote(description)}]" if description else "")
    argument = arguments.get(name)
    if isinstance(argument, list):
        spec += f":{name[2:]}:({' '.join(argument)})"
    elif argument == "DIR":
        spec += ":directory:_files -/"
    elif argument == "FILE":
        spec += ":file:_files"
    elif argument:
        spec += f":{argument.lower()}: "
    return f"'{spec}'"


def zsh_script(commands, global_options, arguments):
    top = {}
    children = {}
    for command in commands:
        if len(command.words) == 1:
            top[command.words[0]] = command.summary
        else:
            top.setdefault(command.words[0], "")
            children.setdefault(command.words[0], []).append(command)

    def describe(name, summary):
        return f"'{zsh_quote(name.replace(':', chr(92) + ':'))}:{zsh_quote(first_sentence(summary) or name)}'"

    def arguments_call(indent, options):
        specs = [zsh_option_spec(name, arguments) for name in options] + ["'*: :_files'"]
        return f"{indent}_arguments \\\n" + " \\\n".join(f"{indent}    {spec}" for spec in specs)

    out = [
        "#compdef specdesk-cli",
        "# zsh completion for specdesk-cli.",
        "# Generated from `specdesk-cli --help` by packaging/generate-completions.py; do not edit.",
        "",
        "_specdesk-cli() {",
        "    local curcontext=$curcontext state line ret=1",
        "    local -a commands",
        "    commands=(",
    ]
    out += [f"        {describe(name, summary or name + ': ' + ', '.join(c.words[1] for c in children.get(name, [])))}"
            for name, summary in top.items()]
    out += ["    )", "", "    _arguments -C \\"]
    for short, name, metavar, description in global_options:
        if metavar:
            out.append(f"        {zsh_option_spec(name, arguments, description)} \\")
        else:
            names = f"{{{short},{name}}}" if short else name
            out.append(f"        '(- *)'{names}'[{zsh_quote(description)}]' \\")
    out += [
        "        '1: :->command' \\",
        "        '*:: :->argument' && ret=0",
        "",
        "    case $state in",
        "        command) _describe -t commands 'specdesk-cli command' commands && ret=0 ;;",
        "        argument)",
        "            case $words[1] in",
    ]
    for parent, subcommands in children.items():
        out += [
            f"                {parent})",
            "                    if (( CURRENT == 2 )); then",
            "                        local -a subcommands",
            "                        subcommands=(",
        ]
        out += [f"                            {describe(c.words[1], c.summary)}" for c in subcommands]
        out += [
            "                        )",
            f"                        _describe -t subcommands '{parent} subcommand' subcommands && ret=0",
            "                    else",
            "                        case $words[2] in",
        ]
        for command in subcommands:
            out.append(f"                            {command.words[1]})")
            out.append(arguments_call("                                ", command.options) + " && ret=0 ;;")
        out += ["                        esac", "                    fi", "                    ;;"]
    for command in commands:
        if len(command.words) == 1:
            out.append(f"                {command.words[0]})")
            out.append(arguments_call("                    ", command.options) + " && ret=0 ;;")
    out += [
        "            esac",
        "            ;;",
        "    esac",
        "    return ret",
        "}",
        "",
        '_specdesk-cli "$@"',
        "",
    ]
    return "\n".join(out)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    help_text = subprocess.run([sys.argv[1], "--help"], check=True, capture_output=True, text=True).stdout
    parsed = parse(help_text)
    out_dir = Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "specdesk-cli.bash").write_text(bash_script(*parsed))
    (out_dir / "_specdesk-cli").write_text(zsh_script(*parsed))


if __name__ == "__main__":
    main()
