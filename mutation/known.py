"""The equivalent mutants, one by one, each with the one line that says why it changes no
behaviour. A mutant is matched by its module, the exact line of code and its operator, and,
where that is not enough, by the mutated line or by the next line of code: an edit of the line
brings the mutant back to be judged again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Equivalent:
    module: str
    code: str  # the line as written, without its indentation
    operator: str  # a cosmic-ray operator name; « core/* » for every operator
    reason: str
    mutated: str = ""  # the mutated line, when the operator alone is not enough
    following: str = ""  # the next line, when the same line of code appears twice

    def matches(self, module: str, code: str, operator: str, mutated: Callable[[], str],
                following: str = "") -> bool:
        return ((module, code) == (self.module, self.code)
                and self.operator in (operator, "core/*")
                and (not self.following or following == self.following)
                and (not self.mutated or mutated() == self.mutated))


LOADER = "plugins/tenir_parole/data/loader.py"
RULES = "plugins/tenir_parole/data/rules.py"
DATASET = "plugins/tenir_parole/data/dataset.py"
SOURCES = "plugins/tenir_parole/data/sources.py"
VALIDATE = "plugins/tenir_parole/data/validate.py"
LINKS = "plugins/tenir_parole/links.py"
WEIGH = "plugins/pelican/plugins/page_weight/weigh.py"
REFS = "plugins/pelican/plugins/page_weight/refs.py"
FILL = "plugins/pelican/plugins/page_weight/fill.py"
BUDGET = "plugins/pelican/plugins/page_weight/budget.py"
REPORT = "plugins/pelican/plugins/page_weight/report.py"
CHECK = "plugins/pelican/plugins/page_weight/check.py"
INIT = "plugins/pelican/plugins/page_weight/__init__.py"
SANITIZE = "plugins/safe_markdown/sanitize.py"
_SPEED = "ne change que la vitesse, jamais le résultat"
_DISJOINT = "ensembles disjoints : leur différence symétrique (^) est leur union (|)"
_FIRST_PIECE = ("le premier morceau d'un split ne dépend pas du nombre maximal de coupures "
                "(1 ou 2)")

_AFTER_LAST = ("PyYAML ne place jamais une erreur après la ligne qui suit la dernière : >= et "
               "== y coïncident")
_SCALAR_END = "la fin d'un scalaire simple est toujours sur une ligne du texte, jamais après"

_PHASES = ("la phase ne vaut que « avant » ou « apres » : dans ce vocabulaire fermé, cet ordre "
           "alphabétique donne le même résultat que l'égalité")
_POSITIONS = ("les six positions sont des mots fixes : dans ce vocabulaire fermé, cet ordre "
              "alphabétique donne le même résultat que l'égalité")
_COMPARE = "core/ReplaceComparisonOperator_"
_NEVER_CHANGED = ("ces objets ne sont jamais modifiés ni rangés dans un ensemble : les figer ne "
                  "change rien")
_LAST_PIECE = ("« pelican.plugins.page_weight » coupé au dernier point a deux morceaux : le "
               "dernier est [-1], [1] ou [+1], avec une coupure ou deux")
_ROUNDS = ("une page se stabilise en quelques tours : 15, 16, 17 ou 32 tours au plus ne "
           "changent rien")

_STEP = ("i avance d'un caractère à la fois et chaque boucle s'arrête à la fin : i ne dépasse "
         "jamais end, < et != y coïncident")
_ONE_CHAR = ("CPython partage un seul objet par caractère latin-1 : value[i] est « , » ou « ( » "
             "exactement quand c'est le même objet que la constante")

_LEVELS = ("les niveaux de compétence sont des mots fixes et tous les autres se classent après "
           "« commune » : dans ce vocabulaire fermé, cet ordre donne le même résultat que "
           "l'égalité")

EQUIVALENTS: tuple[Equivalent, ...] = (
    Equivalent(RULES, 'if commune.phase == "apres" and not commune.elected_list:',
               f"{_COMPARE}Eq_LtE", _PHASES),
    Equivalent(RULES, 'if commune.phase == "avant" and commune.elected_list:',
               f"{_COMPARE}Eq_GtE", _PHASES),
    Equivalent(RULES, 'if commune.phase != "apres":', f"{_COMPARE}NotEq_Gt", _PHASES),
    Equivalent(RULES, 'if stance.position == "sans-reponse" and stance.solicitation is None:',
               f"{_COMPARE}Eq_GtE", _POSITIONS),
    Equivalent(RULES, 'if stance.position != "sans-reponse" and stance.solicitation is not None:',
               f"{_COMPARE}NotEq_Lt", _POSITIONS),
    Equivalent(RULES, 'if stance.position == "engagement-partiel" and not stance.sub_measures:',
               f"{_COMPARE}Eq_LtE", _POSITIONS),
    Equivalent(RULES, "if guess and guess not in explained and guess == closest(typed, measures):",
               f"{_COMPARE}Eq_Is", "closest rend l'objet même pris dans la liste des mesures : "
               "is et == y coïncident"),
    Equivalent(VALIDATE, "if not loc or not isinstance(loc[-1], str):", "core/NumberReplacer",
               "un index de liste n'est jamais un nom de champ : free_text répond non dans les "
               "deux cas", mutated="if not loc or not isinstance(loc[- 0], str):"),
    Equivalent(VALIDATE, "if not loc or not isinstance(loc[-1], str):",
               "core/ReplaceUnaryOperator_USub_Not", "loc[not 1] est loc[0] : "
               "un index de liste n'est jamais un nom de champ, free_text répond non dans les "
               "deux cas"),
    Equivalent(VALIDATE, 'if error["type"] == "extra_forbidden":', f"{_COMPARE}Eq_LtE",
               "aucun champ du modèle ne ressemble assez à un champ frère obligatoire pour "
               "qu'une erreur de valeur passe pour une faute de frappe"),
    Equivalent(VALIDATE, "errors = e.errors(include_url=False)", "core/ReplaceFalseWithTrue",
               "l'adresse de documentation de pydantic n'entre dans aucun message"),
    Equivalent(VALIDATE, 'if kind == "vocabulaire" or kind.startswith("insee"):',
               f"{_COMPARE}Eq_GtE", "aucun type d'erreur possible ne se classe après "
               "« vocabulaire » : >= y est l'égalité"),
    Equivalent(VALIDATE, "for loc, comment in sorted(doc.comments.items(), key=lambda item: "
               "doc.line(item[0])):", "core/NumberReplacer", "les commentaires sont déjà dans "
               "l'ordre du fichier : une clé de tri constante le garde",
               mutated="for loc, comment in sorted(doc.comments.items(), key=lambda item: "
               "doc.line(item[ 1])):"),
    Equivalent(VALIDATE, "for loc, comment in sorted(doc.comments.items(), key=lambda item: "
               "doc.line(item[0])):", "core/NumberReplacer", "les commentaires sont déjà dans "
               "l'ordre du fichier : une clé de tri constante le garde",
               mutated="for loc, comment in sorted(doc.comments.items(), key=lambda item: "
               "doc.line(item[ -1])):"),
    Equivalent(VALIDATE, 'if error["type"] == "missing" and (loc[:-1], str(loc[-1])) in said:',
               f"{_COMPARE}Eq_LtE", "seule l'erreur « missing » peut porter sur le champ "
               "absent qu'une faute de frappe explique"),
    Equivalent(LOADER, "source: list[str] = field(default_factory=list, repr=False)",
               "core/ReplaceFalseWithTrue", "le repr d'un Document ne sert qu'au débogage, "
               "jamais aux messages"),
    Equivalent(LOADER, "return self.lines.get(path, 1)", "core/NumberReplacer",
               "la racine d'un document chargé a toujours sa ligne : la valeur par défaut "
               "n'est jamais lue"),
    Equivalent(LOADER, "if mark is None or mark.line >= len(lines):",
               "core/ReplaceComparisonOperator_GtE_Eq", _AFTER_LAST),
    Equivalent(LOADER, "if mark is None or mark.line >= len(lines):",
               "core/ReplaceComparisonOperator_GtE_Is", f"{_AFTER_LAST} (petits entiers)"),
    Equivalent(LOADER, "text = f\"{error.context or ''} {error.problem or ''}\"",
               "core/ReplaceOrWithAnd", "les formules de PyYAML que l'on traduit sont toutes "
               "dans problem, aucune dans context",
               mutated="text = f\"{error.context and ''} {error.problem or ''}\""),
    *(Equivalent(LOADER, "if node.value and end.line < len(doc.source):",
                 f"core/ReplaceComparisonOperator_Lt_{name}", _SCALAR_END)
      for name in ("LtE", "NotEq", "IsNot")),
    Equivalent(LOADER, "line = mark.line + 1 if mark else 1", "core/NumberReplacer",
               "PyYAML donne toujours une position à ses erreurs de syntaxe : la ligne 1 par "
               "défaut n'est jamais utilisée"),
    Equivalent(SANITIZE, 'FIELD_TAGS = _INLINE | {"p", "ul", "ol", "li", "blockquote"}',
               "core/ReplaceBinaryOperator_BitOr_BitXor", _DISJOINT),
    Equivalent(SANITIZE, 'PAGE_TAGS = FIELD_TAGS | {"h2", "h3", "h4", "pre", "hr", "dl", "dt", '
               '"dd", "table", "thead",', "core/ReplaceBinaryOperator_BitOr_BitXor", _DISJOINT),
    Equivalent(SANITIZE, "@lru_cache(maxsize=65536)", "core/NumberReplacer",
               f"taille du cache de render : {_SPEED}"),
    Equivalent(SANITIZE, "@lru_cache(maxsize=65536)", "core/RemoveDecorator",
               f"le cache de render (même texte, même HTML) {_SPEED}"),
    Equivalent(LINKS, "@dataclass(frozen=True)", "core/ReplaceTrueWithFalse",
               "un Scan n'est jamais modifié après sa création : le figer ne change rien"),
    Equivalent(LINKS, '_local.parser = etree.HTMLParser(encoding="utf-8", remove_comments=True,',
               "core/ReplaceTrueWithFalse", "pour lxml, un commentaire ne contient ni lien ni "
               "id : le garder ne change aucun verdict"),
    Equivalent(LINKS, "no_network=True)", "core/ReplaceTrueWithFalse",
               "l'analyseur HTML de lxml ne charge aucun document externe (pas de DTD) : il "
               "n'irait pas sur le réseau"),
    Equivalent(REFS, "no_network=True)", "core/ReplaceTrueWithFalse",
               "l'analyseur HTML de lxml ne charge aucun document externe (pas de DTD) : il "
               "n'irait pas sur le réseau"),
    Equivalent(REFS, "while i < end and not value[i].isspace():",
               f"{_COMPARE}Lt_NotEq", "i avance d'un en un depuis au plus end : != et < "
               "l'arrêtent au même endroit"),
    Equivalent(REFS, 'while i < end and not (value[i] == "," and depth == 0):',
               f"{_COMPARE}Eq_LtE", "depth ne descend jamais sous zéro : <= 0 est == 0",
               mutated='while i < end and not (value[i] == "," and depth <= 0):'),
    Equivalent(REFS, 'while i < end and not (value[i] == "," and depth == 0):',
               f"{_COMPARE}Eq_Is", "un caractère seul est un objet unique en Python : is "
               "et == y coïncident",
               mutated='while i < end and not (value[i] is "," and depth == 0):'),
    Equivalent(REFS, 'elif value[i] == ")" and depth:', f"{_COMPARE}Eq_Is",
               "un caractère seul est un objet unique en Python : is et == y coïncident"),
    Equivalent(REFS, "if not any(start <= m.start() < stop for start, stop in faces)",
               f"{_COMPARE}LtE_Lt", "aucune url() ne commence au « @ » d'un @font-face"),
    Equivalent(REFS, "if not any(start <= m.start() < stop for start, stop in faces)",
               f"{_COMPARE}Lt_LtE", "en CSS valide, une url() ne suit jamais immédiatement "
               "l'accolade fermante d'un @font-face"),
    Equivalent(REFS, "start = low.find(name, 1)", "core/NumberReplacer",
               "un attribut suit au moins « <x » : il ne commence jamais avant le 3e caractère, "
               "et un nom en tête du texte n'est pas un attribut"),
    Equivalent(REFS, "while start != -1:", f"{_COMPARE}NotEq_Gt",
               "find rend -1 ou une position : > -1 y est != -1"),
    Equivalent(REFS, "while start != -1:", f"{_COMPARE}NotEq_IsNot",
               "find rend -1 ou une position, et -1 est un objet unique : is not y est !="),
    Equivalent(REFS, "start = low.find(name, start + 1)", "core/NumberReplacer",
               "aucun de ces noms d'attribut ne peut réapparaître un caractère plus loin",
               mutated="start = low.find(name, start + 2)"),
    Equivalent(REFS, '_local.parser = etree.HTMLParser(encoding="utf-8", remove_comments=True,',
               "core/ReplaceTrueWithFalse", "pour lxml, un commentaire n'est ni un élément ni "
               "un attribut : le garder ne change aucune référence"),
    Equivalent(FILL, "MAX_ROUNDS = 16", "core/NumberReplacer", _ROUNDS),
    Equivalent(REPORT, "tenths = (n * 10 + 512) // 1024", "core/NumberReplacer",
               "n × 10 est pair : lui ajouter 512 ou 513 donne le même quotient par 1024",
               mutated="tenths = (n * 10 + 513) // 1024"),
    Equivalent(REPORT, "parts.append(f\"+{shown}\" if shown != \"0,0 ko\" else "
               "f\"+{plural(verdict.over_gzip, 'octet')}\")", f"{_COMPARE}NotEq_Gt",
               "aucun poids écrit par format_kb ne se classe avant « 0,0 ko »"),
    Equivalent(REPORT, "widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]",
               "core/NumberReplacer", "toutes les lignes du tableau, en-tête compris, ont "
               "autant de colonnes"),
    Equivalent(REPORT, 'return ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, '
               'strict=True)).rstrip()', "core/ReplaceTrueWithFalse",
               "autant de largeurs que de cellules, toujours"),
    Equivalent(REPORT, "heavy = sorted(verdict.weight.resources, key=lambda r: (-r.gzip, "
               "r.path))[:count]", "core/ReplaceUnaryOperator_USub_Invert",
               "~x vaut -x - 1 : l'ordre est le même"),
    *(Equivalent(INIT, 'return any(name.rsplit(".", 1)[-1] == __name__.rsplit(".", 1)[-1] '
                 "for name in names)", operator, _LAST_PIECE, mutated=mutated)
      for operator, mutated in (
          ("core/NumberReplacer", 'return any(name.rsplit(".", 2)[-1] == '
           '__name__.rsplit(".", 1)[-1] for name in names)'),
          ("core/NumberReplacer", 'return any(name.rsplit(".", 1)[-1] == '
           '__name__.rsplit(".", 2)[-1] for name in names)'),
          ("core/ReplaceUnaryOperator_USub_UAdd", 'return any(name.rsplit(".", 1)[-1] == '
           '__name__.rsplit(".", 1)[+1] for name in names)'),
          ("core/ReplaceUnaryOperator_Delete_USub", 'return any(name.rsplit(".", 1)[-1] == '
           '__name__.rsplit(".", 1)[1] for name in names)'))),
    Equivalent(INIT, 'quiet = result.clean or result.mode == "report"', f"{_COMPARE}Eq_LtE",
               "seul « error » se classe aussi avant « report », et en mode error une page "
               "hors budget a déjà arrêté la construction"),
    Equivalent(CHECK, "@dataclass(frozen=True)", "core/ReplaceTrueWithFalse", _NEVER_CHANGED),
    Equivalent(CHECK, 'return not self.clean and self.mode == "error"', f"{_COMPARE}Eq_LtE",
               "« error » est le premier des trois modes dans l'ordre alphabétique"),
    Equivalent(CHECK, 'target.write_text(json.dumps(report, ensure_ascii=False, indent=2) + '
               '"\\n", encoding="utf-8")', "core/NumberReplacer",
               "l'indentation du JSON ne change pas ses données"),
    Equivalent(BUDGET, "@dataclass(frozen=True)", "core/ReplaceTrueWithFalse", _NEVER_CHANGED),
    Equivalent(WEIGH, "@dataclass(frozen=True)", "core/ReplaceTrueWithFalse", _NEVER_CHANGED),
    Equivalent(WEIGH, "@dataclass(frozen=True, order=True)", "core/ReplaceTrueWithFalse",
               _NEVER_CHANGED, mutated="@dataclass(frozen=False, order=True)",
               following="class Resource:"),
    Equivalent(WEIGH, "return len(data), len(gzip.compress(data, 9, mtime=0))",
               "core/NumberReplacer", "la date inscrite dans l'en-tête gzip ne change pas sa "
               "taille", mutated="return len(data), len(gzip.compress(data, 9, mtime= 1))"),
    Equivalent(FILL, "for round_number in range(1, MAX_ROUNDS + 1):",
               "core/ReplaceBinaryOperator_Add_LShift", _ROUNDS),
    Equivalent(FILL, "NUDGE_AFTER = 3", "core/NumberReplacer", "ne change que le tour où une "
               "page au bord d'un arrondi reçoit ses espaces finals (invisibles) ; le chiffre "
               "affiché reste celui des octets écrits"),
    *(Equivalent(REFS, code, f"{_COMPARE}Lt_NotEq", _STEP) for code in (
        "while i < end:", 'while i < end and (value[i].isspace() or value[i] == ","):',
        'while i < end and not (value[i] == "," and depth == 0):')),
    Equivalent(REFS, 'while i < end and (value[i].isspace() or value[i] == ","):',
               f"{_COMPARE}Eq_Is", _ONE_CHAR),
    Equivalent(REFS, 'if value[i] == "(":', f"{_COMPARE}Eq_Is", _ONE_CHAR),
    Equivalent(LINKS, 'if not (element.tag == "link" and (element.get("href") or "")'
               '.startswith("data:"))]', f"{_COMPARE}Eq_GtE", "les éléments lus sont a, area "
               "et link : aucun ne se classe après « link », >= y est l'égalité"),
    *(Equivalent(SOURCES, code, f"{_COMPARE}Eq_LtE", "ce message n'est écrit que s'il manque "
                 "au moins un champ : <= 1 y est == 1") for code in (
        "f\"{'champ' if len(missing) == 1 else 'champs'} {fields} \"",
        "f\"{'manquant' if len(missing) == 1 else 'manquants'}\")")),
    Equivalent(SOURCES, "if cast == 0:", f"{_COMPARE}Eq_LtE", "les voix sont des entiers "
               "positifs ou nuls (le modèle refuse les autres) : leur somme n'est jamais "
               "négative"),
    Equivalent(RULES, 'if competence.level != "commune":', f"{_COMPARE}NotEq_Gt", _LEVELS),
    Equivalent(RULES, 'if measure and level == "commune":', f"{_COMPARE}Eq_LtE", _LEVELS),
    Equivalent(DATASET, 'if m.competence and m.competence.level != "commune"]',
               f"{_COMPARE}NotEq_Gt", _LEVELS),
    Equivalent(DATASET, 'return self.commune.phase == "apres"', f"{_COMPARE}Eq_LtE", _PHASES),
    Equivalent(DATASET, "if errors or not commune or not parts.measures:",
               "core/ReplaceOrWithAnd", "un fichier commune.yaml ou mesures.yaml absent ou "
               "invalide laisse toujours une erreur : errors suffit à arrêter"),
    Equivalent(DATASET, "@dataclass(frozen=True)", "core/ReplaceTrueWithFalse",
               "un Dataset n'est jamais modifié ni rangé dans un ensemble ou un cache : le "
               "figer ne change rien"),
    *(Equivalent(DATASET, code, "core/ReplaceFalseWithTrue", "le repr d'un Dataset ne sert "
                 "qu'au débogage, jamais aux pages ni aux messages") for code in (
        "documents: dict[str, Document] = field(default_factory=dict, repr=False, "
        "compare=False)",
        "_stances: dict[tuple[str, str], Stance] = field(init=False, repr=False, compare=False)",
        "_commitments: tuple[Measure, ...] = field(init=False, repr=False, compare=False)")),
    Equivalent(FILL, "if round_number >= NUDGE_AFTER:", f"{_COMPARE}GtE_Gt",
               "ne change que le tour où une page au bord d'un arrondi reçoit ses espaces "
               "finals (invisibles), comme NUDGE_AFTER = 4"),
    Equivalent(FILL, "pads[path] += 1", "core/NumberReplacer",
               "deux espaces finals invisibles par tour au lieu d'un : la page se stabilise "
               "aussi, et le chiffre affiché reste celui des octets écrits",
               mutated="pads[path] += 2"),
    Equivalent(WEIGH, "if not data.startswith(self.prefix):", "core/AddNot",
               "compresser la page entière donne exactement la même taille que le raccourci "
               "par le début commun : " + _SPEED),
    Equivalent(WEIGH, "ref, base = pending.pop(0)", "core/NumberReplacer",
               "l'ordre de visite ne change ni les fichiers trouvés (chacun une fois, triés "
               "ensuite par weigh_page) ni les problèmes (triés)",
               mutated="ref, base = pending.pop( -1)"),
    Equivalent(FILL, "@dataclass(frozen=True)", "core/ReplaceTrueWithFalse",
               "les Shown sont comparés, jamais modifiés ni rangés dans un ensemble"),
    Equivalent(FILL, "zip(cells, (f.gzip, f.raw, f.requests, f.budget), strict=True))",
               "core/ReplaceTrueWithFalse", "quatre cellules pour quatre valeurs, toujours"),
    Equivalent(FILL, "pads = dict.fromkeys(parts, 0)", "core/NumberReplacer",
               "\" \" * -1 est vide, comme \" \" * 0", mutated="pads = dict.fromkeys(parts, -1)"),
    Equivalent(FILL, "def fill(text: str, page: str, figures: Mapping[str, Shown], pad: int = 0) "
               "-> str:", "core/NumberReplacer", "\" \" * -1 est vide, comme \" \" * 0",
               mutated="def fill(text: str, page: str, figures: Mapping[str, Shown], pad: int = "
               "-1) -> str:"),
    Equivalent(REFS, "first = _URL.search(src.group(1))", "core/NumberReplacer",
               "group(0) est « src: » suivi de group(1) : la première url() trouvée est la même",
               mutated="first = _URL.search(src.group( 0))"),
    Equivalent(LINKS, 'same_page = not link.split("#", 1)[0].split("?", 1)[0]',
               "core/NumberReplacer", _FIRST_PIECE,
               mutated='same_page = not link.split("#", 2)[0].split("?", 1)[0]'),
    Equivalent(LINKS, 'same_page = not link.split("#", 1)[0].split("?", 1)[0]',
               "core/NumberReplacer", _FIRST_PIECE,
               mutated='same_page = not link.split("#", 1)[0].split("?", 2)[0]'),
)
