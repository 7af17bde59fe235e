"""The validated shape of each file kind under pledges/ (French keys, English attributes).

Only the shape lives here; rules that depend on a position, a status or another file are in
rules.py, where they can point at the exact line.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from tenir_parole.core import vocabulary as V
from tenir_parole.core.fields import (
    Date,
    Email,
    Flag,
    InseeCode,
    Integer,
    Markdown,
    Percent,
    Reference,
    Siren,
    Siret,
    Slug,
    Text,
    Url,
    vocabulary,
)

#: Bounds no commune comes near (ten measures, a handful of lists, a few dozen updates a year),
#: so that a pasted or hostile file is refused at once instead of checked item by item.
MAX_MEASURES = 100
MAX_LISTS = 100
MAX_SUB_MEASURES = 30
MAX_ENTRIES = 2000  # updates of the follow-up, corrections

Position = vocabulary("position", V.POSITIONS)
Provenance = vocabulary("provenance", V.PROVENANCES)
Status = vocabulary("statut", V.STATUSES, feminine=False)
Reason = vocabulary("raison", V.REASONS)
Phase = vocabulary("phase", V.PHASES)
SourceType = vocabulary("type de source", V.SOURCE_TYPES, feminine=False)
Level = vocabulary("compétence", V.COMPETENCES, synonyms=V.COMPETENCE_SYNONYMS)


class Strict(BaseModel):
    """Unknown fields are errors: a typo must never vanish silently."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)


class Elections(Strict):
    first_round: Date = Field(alias="premier_tour")
    second_round: Date | None = Field(None, alias="second_tour")


class Publisher(Strict):
    """Who publishes the site (the legal notice: LCEN, article 6)."""

    name: Text = Field(alias="nom")
    address: Text = Field(alias="adresse")
    director: Text = Field(alias="directeur_publication")


class Host(Strict):
    """Who hosts the site (the legal notice: name, postal address, telephone)."""

    name: Text = Field(alias="nom")
    address: Text = Field(alias="adresse")
    phone: Text = Field(alias="telephone")


class Intercommunality(Strict):
    """The intercommunalité (EPCI) the commune belongs to, as the official geography names
    it; measures whose competence is « intercommunalite » name it."""

    name: Text = Field(alias="nom")  # « Communauté de communes des Monts du Pilat »
    siren: Siren | None = None


class Commune(Strict):
    name: Text = Field(alias="nom")
    insee_code: InseeCode = Field(alias="code_insee")
    department: Text = Field(alias="departement")
    #: From the official geography (make nouvelle-commune fills them; make check compares).
    region: Text | None = None
    siren: Siren | None = None
    intercommunality: Intercommunality | None = Field(None, alias="intercommunalite")
    #: The mairie's SIRET: the COLL_SIRET of deliberations in the open data.
    siret: Siret | None = None
    elections: Elections
    phase: Phase
    elected_list: Reference | None = Field(None, alias="liste_elue")
    contact: Markdown
    presentation: Markdown | None = None
    #: The site's public address (feeds, sitemap, USB editions); SITEURL may override it.
    site: Url | None = None
    publisher: Publisher | None = Field(None, alias="editeur")
    host: Host | None = Field(None, alias="hebergeur")
    #: Demo data on purpose (the shipped example): placeholders warn instead of refusing.
    example: Flag = Field(False, alias="exemple")
    #: Where the commune publishes its council's deliberations (open data or a web page).
    deliberations: Url | None = None
    #: Where residents write to report news (« Signaler une nouvelle »); else the first
    #: address of ``contact``.
    email: Email | None = Field(None, alias="courriel")
    #: The commune's repository on a forge (Codeberg, GitLab, GitHub…): residents may open an
    #: issue there.
    forge: Url | None = None


class Vote(Strict):
    """How the council voted (the SCDL « Délibérations » VOTE_* columns)."""

    members: Integer | None = Field(None, alias="effectif")  # VOTE_EFFECTIF
    voters: Integer | None = Field(None, alias="votants")  # VOTE_REEL
    yes: Integer = Field(alias="pour")  # VOTE_POUR
    no: Integer = Field(alias="contre")  # VOTE_CONTRE
    abstentions: Integer = Field(alias="abstention")  # VOTE_ABSTENTION


class Source(Strict):
    """Where a fact can be re-checked. Without ``type``: a web page when there is a url,
    otherwise a described document (the older form). What each type needs: data/sources.py."""

    type: SourceType | None = None
    url: Url | None = None
    description: Text | None = None
    archive: Url | None = None
    number: Text | None = Field(None, alias="numero")  # deliberation (DELIB_ID), order
    date: Date | None = None
    subject: Text | None = Field(None, alias="objet")
    vote: Vote | None = None
    document: Text | None = None  # budget: « Budget supplémentaire 2026 »
    chapter: Text | None = Field(None, alias="chapitre")
    amount: Integer | None = Field(None, alias="montant")  # euros
    place: Text | None = Field(None, alias="lieu")
    sender: Text | None = Field(None, alias="expediteur")
    recipient: Text | None = Field(None, alias="destinataire")

    @property
    def kind(self) -> str:
        return self.type or ("page" if self.url else "document")

    @property
    def proof(self) -> str:
        return V.PROOF_OF[self.kind]


class Competence(Strict):
    """Which level of government can act on a measure in this commune."""

    level: Level = Field(alias="niveau")
    name: Text | None = Field(None, alias="nom")  # « Communauté de communes du Val d'Exemple »
    note: Markdown | None = None
    source: Source | None = None


class SubMeasure(Strict):
    id: Slug
    text: Text = Field(alias="texte")


class Measure(Strict):
    number: Integer = Field(alias="numero")
    slug: Slug
    title: Text = Field(alias="titre")
    summary: Markdown = Field(alias="resume")
    sub_measures: list[SubMeasure] = Field(default_factory=list, alias="sous_mesures",
                                          max_length=MAX_SUB_MEASURES)
    source: Url | None = None
    local: Flag = Field(False, alias="locale")
    competence: Competence | None = None


class MeasuresFile(Strict):
    measures: list[Measure] = Field(alias="mesures", min_length=1, max_length=MAX_MEASURES)


class Solicitation(Strict):
    date: Date
    means: Text = Field(alias="moyen")


class Reply(Strict):
    date: Date
    text: Markdown = Field(alias="texte")


class Stance(Strict):
    measure: Reference = Field(alias="mesure")
    position: Position
    provenance: Provenance | None = None
    quote: Markdown | None = Field(None, alias="citation")
    source: Source | None = None
    date: Date | None = None
    sub_measures: list[Reference] = Field(default_factory=list, alias="sous_mesures",
                                         max_length=MAX_SUB_MEASURES)
    solicitation: Solicitation | None = Field(None, alias="sollicitation")
    reply: Reply | None = Field(None, alias="droit_de_reponse")


class Result(Strict):
    first_round: Percent | None = Field(None, alias="premier_tour")
    second_round: Percent | None = Field(None, alias="second_tour")
    seats: Integer | None = Field(None, alias="sieges")


class CandidateList(Strict):
    name: Text = Field(alias="nom")
    head: Text = Field(alias="tete_de_liste")
    website: Url | None = Field(None, alias="site")
    result: Result | None = Field(None, alias="resultat")
    presentation: Markdown | None = None
    stances: list[Stance] = Field(default_factory=list, alias="positions",
                                  max_length=MAX_MEASURES)


class Carried(Strict):
    """The elected team took the demand to the level that holds the power."""

    date: Date
    to: Text = Field(alias="aupres_de")
    source: Source


class Update(Strict):
    measure: Reference = Field(alias="mesure")
    date: Date
    status: Status = Field(alias="statut")
    summary: Markdown = Field(alias="resume")
    source: Source | None = None
    reason: Reason | None = Field(None, alias="raison")
    #: The mairie was asked before judging (and may not have answered).
    solicitation: Solicitation | None = Field(None, alias="sollicitation")
    town_hall_reply: Reply | None = Field(None, alias="reponse_mairie")
    carried: Carried | None = Field(None, alias="demande_portee")

    @property
    def automatic(self) -> bool:
        """False: an editor wrote it (core.timeline's end-of-mandate rule writes True ones)."""
        return False

    @property
    def anchor(self) -> str:
        """Its id on its measure's page (a measure has one update a day)."""
        return self.date.isoformat()

    @property
    def revised(self) -> dt.date:
        """The last day its text changed: its date, or a later request or reply it shows."""
        later = (x.date for x in (self.solicitation, self.town_hall_reply) if x is not None)
        return max([self.date, *later])


class FollowUp(Strict):
    list_slug: Reference = Field(alias="liste")
    updates: list[Update] = Field(default_factory=list, alias="mises_a_jour",
                                  max_length=MAX_ENTRIES)


class Correction(Strict):
    date: Date
    page: Text
    change: Markdown = Field(alias="modification")
    reason: Markdown = Field(alias="motif")


class CorrectionsFile(Strict):
    corrections: list[Correction] = Field(default_factory=list, max_length=MAX_ENTRIES)


#: File kinds: name of the JSON Schema → model of the file's top level.
FILE_KINDS: dict[str, type[Strict]] = {
    "commune": Commune,
    "mesures": MeasuresFile,
    "liste": CandidateList,
    "suivi": FollowUp,
    "corrections": CorrectionsFile,
}

