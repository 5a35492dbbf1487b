//! The one table of column names: for each kind of export, which header (in English,
//! German, Spanish, Portuguese…) means which figure, which headers recognise the kind,
//! and which it cannot be read without. Headers are compared after [`super::columns::normalise`].

use super::FileKind;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The post's or video's ID.
    Id,
    /// Title, caption or post text.
    Title,
    /// Link to the post.
    Link,
    /// When the post was published.
    Published,
    /// The day a row of a daily series describes.
    Day,
    /// Photo, carousel, reel, story…
    PostType,
    /// Likes.
    Likes,
    /// Comments (replies on X).
    Comments,
    /// Shares (reposts on X).
    Shares,
    /// Saves (bookmarks on X).
    Saves,
    /// Views (plays).
    Views,
    /// Reach.
    Reach,
    /// Impressions.
    Impressions,
    /// Followers on that day.
    Followers,
    /// Change in followers from the day before.
    FollowerChange,
    /// A gender bucket.
    Gender,
    /// A country or territory.
    Territory,
    /// A share of the audience (fraction or percent).
    Distribution,
    /// The value column of a Meta daily metric export.
    Primary,
    /// Recognises a kind but holds nothing Pitchkit keeps.
    Seen,
}

impl Field {
    /// What Pitchkit reads from the column, shown in the preview.
    pub fn label(self) -> &'static str {
        match self {
            Self::Id => "Post ID",
            Self::Title => "Title",
            Self::Link => "Link",
            Self::Published => "Publish date",
            Self::Day => "Day",
            Self::PostType => "Post type",
            Self::Likes => "Likes",
            Self::Comments => "Comments",
            Self::Shares => "Shares",
            Self::Saves => "Saves",
            Self::Views => "Views",
            Self::Reach => "Reach",
            Self::Impressions => "Impressions",
            Self::Followers => "Followers",
            Self::FollowerChange => "Change in followers",
            Self::Gender => "Gender",
            Self::Territory => "Country",
            Self::Distribution => "Share of audience",
            Self::Primary => "Followers",
            Self::Seen => "(not kept)",
        }
    }
}

/// One column a kind of file may have.
#[derive(Debug, Clone, Copy)]
pub struct Col {
    /// What it holds.
    pub field: Field,
    /// Whether the reader of this kind uses it (else it only helps recognise the kind).
    pub kept: bool,
    /// Its normalised names in every language seen.
    pub names: &'static [&'static str],
}

const fn kept(field: Field, names: &'static [&'static str]) -> Col {
    Col {
        field,
        kept: true,
        names,
    }
}

const fn seen(field: Field, names: &'static [&'static str]) -> Col {
    Col {
        field,
        kept: false,
        names,
    }
}

/// How to recognise and read one kind of file.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// The kind.
    pub kind: FileKind,
    /// Fields whose columns must all be present to recognise the kind.
    pub signature: &'static [Field],
    /// Fields the reader cannot do without (a recognised file missing one is refused).
    pub required: &'static [Field],
    /// Every column known for the kind.
    pub columns: &'static [Col],
}

// Names shared by several kinds.
const DAY: &[&str] = &["date", "datum", "fecha", "data", "day"];
const YT_ID: &[&str] = &["content", "video", "inhalt", "contenido", "conteúdo"];
const YT_TITLE: &[&str] = &[
    "video title",
    "videotitel",
    "título del vídeo",
    "título del video",
    "titulo del video",
    "título do vídeo",
];
const YT_PUBLISHED: &[&str] = &[
    "video publish time",
    "veröffentlichungszeitpunkt des videos",
    "zeitpunkt der veröffentlichung des videos",
    "veröffentlichungszeit des videos",
    "hora de publicación del vídeo",
    "hora de publicación del video",
    "fecha de publicación del vídeo",
    "horário de publicação do vídeo",
];
const YT_VIEWS: &[&str] = &["views", "aufrufe", "visualizaciones", "visualizações"];
const YT_DURATION: &[&str] = &["duration", "dauer", "duración", "duração"];
const DISTRIBUTION: &[&str] = &["distribution", "verteilung", "distribución", "distribuição"];

/// Every kind read from a table, most specific first where signatures overlap.
pub const SPECS: &[Spec] = &[
    Spec {
        kind: FileKind::YoutubeChart,
        signature: &[Field::Day, Field::Id, Field::Title],
        required: &[],
        columns: &[
            seen(Field::Day, DAY),
            kept(Field::Id, YT_ID),
            kept(Field::Title, YT_TITLE),
            seen(Field::Published, YT_PUBLISHED),
            seen(Field::Seen, YT_DURATION),
            seen(Field::Views, YT_VIEWS),
        ],
    },
    Spec {
        kind: FileKind::YoutubeTable,
        signature: &[Field::Id, Field::Title],
        required: &[Field::Published],
        columns: &[
            kept(Field::Id, YT_ID),
            kept(Field::Title, YT_TITLE),
            kept(Field::Published, YT_PUBLISHED),
            kept(Field::Views, YT_VIEWS),
            kept(
                Field::Impressions,
                &["impressions", "impressionen", "impresiones", "impressões"],
            ),
            kept(
                Field::Likes,
                &[
                    "likes",
                    "mag ich-bewertungen",
                    "mag ich bewertungen",
                    "me gusta",
                    "marcações gostei",
                ],
            ),
            kept(
                Field::Shares,
                &[
                    "shares",
                    "geteilte inhalte",
                    "mal geteilt",
                    "veces compartido",
                    "contenido compartido",
                    "compartilhamentos",
                ],
            ),
            kept(
                Field::Comments,
                &[
                    "comments added",
                    "hinzugefügte kommentare",
                    "kommentare hinzugefügt",
                    "comentarios añadidos",
                    "comentarios agregados",
                    "comentários adicionados",
                ],
            ),
        ],
    },
    Spec {
        kind: FileKind::TiktokContent,
        signature: &[Field::Link, Field::Published],
        required: &[],
        columns: &[
            kept(Field::Title, &["video title"]),
            kept(Field::Link, &["video link"]),
            kept(Field::Published, &["post time"]),
            kept(Field::Likes, &["total likes"]),
            kept(Field::Comments, &["total comments"]),
            kept(Field::Shares, &["total shares"]),
            kept(
                Field::Saves,
                &["total saves", "total favorites", "total favourites"],
            ),
            kept(Field::Views, &["total views", "total video views"]),
        ],
    },
    Spec {
        kind: FileKind::TiktokFollowerHistory,
        signature: &[Field::Day, Field::Followers, Field::FollowerChange],
        required: &[],
        columns: &[
            kept(Field::Day, DAY),
            kept(Field::Followers, &["followers"]),
            seen(
                Field::FollowerChange,
                &["difference in followers from previous day"],
            ),
        ],
    },
    Spec {
        kind: FileKind::TiktokOverview,
        signature: &[Field::Day, Field::Seen],
        required: &[],
        columns: &[
            seen(Field::Day, DAY),
            seen(Field::Seen, &["profile views"]),
            seen(Field::Views, &["video views"]),
        ],
    },
    Spec {
        kind: FileKind::TiktokFollowerGender,
        signature: &[Field::Gender, Field::Distribution],
        required: &[],
        columns: &[
            kept(Field::Gender, &["gender", "geschlecht", "género", "gênero"]),
            kept(Field::Distribution, DISTRIBUTION),
        ],
    },
    Spec {
        kind: FileKind::TiktokTerritories,
        signature: &[Field::Territory, Field::Distribution],
        required: &[],
        columns: &[
            kept(
                Field::Territory,
                &[
                    "top territories",
                    "territories",
                    "top territory",
                    "territory",
                ],
            ),
            kept(Field::Distribution, DISTRIBUTION),
        ],
    },
    Spec {
        kind: FileKind::TiktokViewers,
        signature: &[Field::Seen],
        required: &[],
        columns: &[seen(
            Field::Seen,
            &[
                "total viewers",
                "new viewers",
                "returning viewers",
                "viewers",
            ],
        )],
    },
    Spec {
        kind: FileKind::TiktokFollowerActivity,
        signature: &[Field::Seen],
        required: &[],
        columns: &[seen(Field::Seen, &["active followers", "active follower"])],
    },
    Spec {
        kind: FileKind::MetaContent,
        signature: &[Field::Link, Field::PostType],
        required: &[Field::Published],
        columns: &[
            kept(
                Field::Id,
                &[
                    "post id",
                    "identificador de la publicación",
                    "id. de la publicación",
                    "id de la publicación",
                    "beitrags-id",
                    "id do post",
                    "id da publicação",
                    "identificação da publicação",
                ],
            ),
            kept(
                Field::Title,
                &["description", "descripción", "beschreibung", "descrição"],
            ),
            kept(
                Field::Published,
                &[
                    "publish time",
                    "hora de publicación",
                    "veröffentlichungszeitpunkt",
                    "veröffentlichungszeit",
                    "horário de publicação",
                    "hora de publicação",
                ],
            ),
            kept(
                Field::Link,
                &["permalink", "enlace permanente", "link permanente"],
            ),
            kept(
                Field::PostType,
                &[
                    "post type",
                    "tipo de publicación",
                    "beitragstyp",
                    "tipo de publicação",
                    "tipo de post",
                ],
            ),
            seen(Field::Day, DAY),
            kept(
                Field::Views,
                &[
                    "views",
                    "visualizaciones",
                    "aufrufe",
                    "visualizações",
                    "plays",
                    "reproducciones",
                    "wiedergaben",
                    "reproduções",
                ],
            ),
            kept(
                Field::Impressions,
                &["impressions", "impresiones", "impressionen", "impressões"],
            ),
            kept(Field::Reach, &["reach", "alcance", "reichweite"]),
            kept(
                Field::Likes,
                &[
                    "likes",
                    "me gusta",
                    "gefällt mir-angaben",
                    "gefällt mir",
                    "curtidas",
                ],
            ),
            kept(
                Field::Shares,
                &[
                    "shares",
                    "veces compartido",
                    "veces que se compartió",
                    "geteilte inhalte",
                    "mal geteilt",
                    "compartilhamentos",
                ],
            ),
            kept(
                Field::Comments,
                &["comments", "comentarios", "kommentare", "comentários"],
            ),
            kept(
                Field::Saves,
                &[
                    "saves",
                    "veces guardado",
                    "elementos guardados",
                    "gespeichert",
                    "speicherungen",
                    "salvamentos",
                    "salvos",
                ],
            ),
        ],
    },
    Spec {
        kind: FileKind::MetaDaily,
        signature: &[Field::Day, Field::Primary],
        required: &[],
        columns: &[
            kept(Field::Day, DAY),
            kept(Field::Primary, &["primary", "principal", "primär"]),
        ],
    },
    Spec {
        kind: FileKind::XLegacyActivity,
        signature: &[Field::Id, Field::Title],
        required: &[Field::Published],
        columns: &[
            kept(Field::Id, &["tweet id"]),
            kept(Field::Link, &["tweet permalink"]),
            kept(Field::Title, &["tweet text"]),
            kept(Field::Published, &["time"]),
            kept(Field::Impressions, &["impressions"]),
            kept(Field::Likes, &["likes", "favorites"]),
            kept(Field::Shares, &["retweets"]),
            kept(Field::Comments, &["replies"]),
        ],
    },
    Spec {
        kind: FileKind::XContent,
        signature: &[Field::Id, Field::Title, Field::Published],
        required: &[Field::Published],
        columns: &[
            kept(Field::Id, &["post id"]),
            kept(Field::Published, &["date"]),
            kept(Field::Title, &["post text"]),
            kept(Field::Link, &["link", "post link"]),
            kept(Field::Impressions, &["impressions"]),
            kept(Field::Likes, &["likes"]),
            kept(Field::Saves, &["bookmarks"]),
            kept(Field::Shares, &["reposts"]),
            kept(Field::Comments, &["replies"]),
        ],
    },
    Spec {
        kind: FileKind::XOverview,
        signature: &[Field::Day, Field::FollowerChange, Field::Seen],
        required: &[],
        columns: &[
            kept(Field::Day, DAY),
            seen(Field::FollowerChange, &["new follows"]),
            seen(Field::Seen, &["engagements", "unfollows"]),
            kept(Field::Followers, &["followers", "follower count"]),
        ],
    },
];

/// The labels of Instagram's "Download your information" post insights, by language.
pub const DYI_LABELS: &[(Field, &[&str])] = &[
    (
        Field::Published,
        &[
            "creation timestamp",
            "hora de creación",
            "fecha de creación",
            "erstellungszeitpunkt",
            "horário de criação",
            "data de criação",
        ],
    ),
    (
        Field::Impressions,
        &["impressions", "impresiones", "impressionen", "impressões"],
    ),
    (
        Field::Reach,
        &[
            "accounts reached",
            "reach",
            "cuentas alcanzadas",
            "erreichte konten",
            "contas alcançadas",
            "alcance",
            "reichweite",
        ],
    ),
    (
        Field::Likes,
        &[
            "likes",
            "me gusta",
            "gefällt mir-angaben",
            "gefällt mir",
            "curtidas",
        ],
    ),
    (
        Field::Comments,
        &["comments", "comentarios", "kommentare", "comentários"],
    ),
    (
        Field::Shares,
        &[
            "shares",
            "veces compartido",
            "geteilt",
            "mal geteilt",
            "compartilhamentos",
        ],
    ),
    (
        Field::Saves,
        &[
            "saves",
            "guardados",
            "veces guardado",
            "gespeichert",
            "salvamentos",
            "salvos",
        ],
    ),
    (
        Field::Views,
        &[
            "plays",
            "views",
            "reproducciones",
            "visualizaciones",
            "wiedergaben",
            "aufrufe",
            "visualizações",
            "reproduções",
        ],
    ),
];
