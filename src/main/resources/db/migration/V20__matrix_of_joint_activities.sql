-- Matrix of joint activities: entries per edition and room, their revisions, comments and amendments, the review of
-- the previous edition's entries, and the two editable reference lists (SDGs, OIC-2025 priority areas).

CREATE TABLE sdg_goal (
    number  INT          NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name_en VARCHAR(200) NULL,
    name_fr VARCHAR(200) NULL,
    name_ar VARCHAR(200) NULL,
    CONSTRAINT ck_sdg_goal_number CHECK (number BETWEEN 1 AND 17)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE oic_area (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version  BIGINT       NOT NULL DEFAULT 0,
    code     VARCHAR(20)  NOT NULL,
    name_en  VARCHAR(300) NULL,
    name_fr  VARCHAR(300) NULL,
    name_ar  VARCHAR(300) NULL,
    position INT          NOT NULL DEFAULT 0,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_oic_area_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE matrix_entry (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT         NOT NULL DEFAULT 0,
    edition_id           BIGINT         NOT NULL,
    room_id              BIGINT         NOT NULL,
    code                 VARCHAR(20)    NOT NULL,
    status               VARCHAR(20)    NOT NULL,
    title_en             VARCHAR(300)   NULL,
    title_fr             VARCHAR(300)   NULL,
    title_ar             VARCHAR(300)   NULL,
    description_en       TEXT           NULL,
    description_fr       TEXT           NULL,
    description_ar       TEXT           NULL,
    lead_un_id           BIGINT         NULL,
    lead_oic_id          BIGINT         NULL,
    start_date           DATE           NULL,
    end_date             DATE           NULL,
    results_en           TEXT           NULL,
    results_fr           TEXT           NULL,
    results_ar           TEXT           NULL,
    indicators_en        TEXT           NULL,
    indicators_fr        TEXT           NULL,
    indicators_ar        TEXT           NULL,
    budget               DECIMAL(15, 2) NULL,
    currency             CHAR(3)        NULL,
    return_reason        TEXT           NULL,
    origin_entry_id      BIGINT         NULL,
    proposed_by_id       BIGINT         NULL,
    revision_count       INT            NOT NULL DEFAULT 0,
    updated_at           TIMESTAMP(6)   NOT NULL,
    updated_by           VARCHAR(150)   NOT NULL,
    CONSTRAINT uk_matrix_entry_code UNIQUE (edition_id, code),
    CONSTRAINT uk_matrix_entry_origin UNIQUE (edition_id, origin_entry_id),
    CONSTRAINT fk_matrix_entry_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
    CONSTRAINT fk_matrix_entry_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_matrix_entry_lead_un FOREIGN KEY (lead_un_id) REFERENCES organisation (id),
    CONSTRAINT fk_matrix_entry_lead_oic FOREIGN KEY (lead_oic_id) REFERENCES organisation (id),
    CONSTRAINT fk_matrix_entry_origin FOREIGN KEY (origin_entry_id) REFERENCES matrix_entry (id),
    CONSTRAINT fk_matrix_entry_proposed_by FOREIGN KEY (proposed_by_id) REFERENCES participant (id),
    CONSTRAINT ck_matrix_entry_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_matrix_entry_room ON matrix_entry (room_id, status);

CREATE TABLE matrix_entry_partner (
    entry_id        BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (entry_id, organisation_id),
    CONSTRAINT fk_matrix_partner_entry FOREIGN KEY (entry_id) REFERENCES matrix_entry (id) ON DELETE CASCADE,
    CONSTRAINT fk_matrix_partner_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE matrix_entry_beneficiary (
    entry_id     BIGINT  NOT NULL,
    country_code CHAR(2) NOT NULL,
    PRIMARY KEY (entry_id, country_code),
    CONSTRAINT fk_matrix_beneficiary_entry FOREIGN KEY (entry_id) REFERENCES matrix_entry (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE matrix_entry_sdg (
    entry_id   BIGINT NOT NULL,
    sdg_number INT    NOT NULL,
    PRIMARY KEY (entry_id, sdg_number),
    CONSTRAINT fk_matrix_sdg_entry FOREIGN KEY (entry_id) REFERENCES matrix_entry (id) ON DELETE CASCADE,
    CONSTRAINT fk_matrix_sdg_goal FOREIGN KEY (sdg_number) REFERENCES sdg_goal (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE matrix_entry_oic_area (
    entry_id BIGINT NOT NULL,
    area_id  BIGINT NOT NULL,
    PRIMARY KEY (entry_id, area_id),
    CONSTRAINT fk_matrix_area_entry FOREIGN KEY (entry_id) REFERENCES matrix_entry (id) ON DELETE CASCADE,
    CONSTRAINT fk_matrix_area_area FOREIGN KEY (area_id) REFERENCES oic_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of an entry is a revision: who, when, what kind of change, and a full JSON snapshot of the content.
CREATE TABLE matrix_revision (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id      BIGINT       NOT NULL,
    number        INT          NOT NULL,
    entry_version BIGINT       NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    author_id     BIGINT       NULL,
    author_name   VARCHAR(150) NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    summary       TEXT         NULL,
    snapshot      LONGTEXT     NOT NULL,
    CONSTRAINT uk_matrix_revision UNIQUE (entry_id, number),
    CONSTRAINT fk_matrix_revision_entry FOREIGN KEY (entry_id) REFERENCES matrix_entry (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Comments on an entry and amendments (proposed wording for one text field).
CREATE TABLE matrix_comment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    entry_id      BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    author_id     BIGINT       NULL,
    author_name   VARCHAR(150) NOT NULL,
    author_org    VARCHAR(60)  NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    body          TEXT         NULL,
    field         VARCHAR(40)  NULL,
    proposed_text TEXT         NULL,
    applied       BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_matrix_comment_entry FOREIGN KEY (entry_id) REFERENCES matrix_entry (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_matrix_comment_entry ON matrix_comment (entry_id, created_at);

-- At the next edition, each adopted entry gets an implementation status reported by its lead organisations.
CREATE TABLE matrix_review (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    entry_id      BIGINT       NOT NULL,
    edition_id    BIGINT       NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    progress      INT          NOT NULL,
    note          VARCHAR(1000) NULL,
    reported_by   VARCHAR(150) NOT NULL,
    reporter_org  VARCHAR(60)  NULL,
    reported_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_matrix_review UNIQUE (entry_id, edition_id),
    CONSTRAINT fk_matrix_review_entry FOREIGN KEY (entry_id) REFERENCES matrix_entry (id),
    CONSTRAINT fk_matrix_review_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
    CONSTRAINT ck_matrix_review_progress CHECK (progress BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The 17 Sustainable Development Goals of the 2030 Agenda, with their official short names.
INSERT INTO sdg_goal (number, name_en, name_fr, name_ar) VALUES
(1, 'No poverty', 'Pas de pauvreté', 'القضاء على الفقر'),
(2, 'Zero hunger', 'Faim « zéro »', 'القضاء التام على الجوع'),
(3, 'Good health and well-being', 'Bonne santé et bien-être', 'الصحة الجيدة والرفاه'),
(4, 'Quality education', 'Éducation de qualité', 'التعليم الجيد'),
(5, 'Gender equality', 'Égalité entre les sexes', 'المساواة بين الجنسين'),
(6, 'Clean water and sanitation', 'Eau propre et assainissement', 'المياه النظيفة والنظافة الصحية'),
(7, 'Affordable and clean energy', 'Énergie propre et d''un coût abordable', 'طاقة نظيفة وبأسعار معقولة'),
(8, 'Decent work and economic growth', 'Travail décent et croissance économique', 'العمل اللائق ونمو الاقتصاد'),
(9, 'Industry, innovation and infrastructure', 'Industrie, innovation et infrastructure', 'الصناعة والابتكار والهياكل الأساسية'),
(10, 'Reduced inequalities', 'Inégalités réduites', 'الحد من أوجه عدم المساواة'),
(11, 'Sustainable cities and communities', 'Villes et communautés durables', 'مدن ومجتمعات محلية مستدامة'),
(12, 'Responsible consumption and production', 'Consommation et production responsables', 'الاستهلاك والإنتاج المسؤولان'),
(13, 'Climate action', 'Mesures relatives à la lutte contre les changements climatiques', 'العمل المناخي'),
(14, 'Life below water', 'Vie aquatique', 'الحياة تحت الماء'),
(15, 'Life on land', 'Vie terrestre', 'الحياة في البر'),
(16, 'Peace, justice and strong institutions', 'Paix, justice et institutions efficaces', 'السلام والعدل والمؤسسات القوية'),
(17, 'Partnerships for the goals', 'Partenariats pour la réalisation des objectifs', 'عقد الشراكات لتحقيق الأهداف');

-- The priority areas of the OIC-2025 Programme of Action (13th Islamic Summit, Istanbul, 2016). The list follows the
-- table of contents of document OIC/SUM-13/2016/POA-Final as far as it could be checked (areas 1-7); the remaining
-- titles are our best knowledge of that document. The secretariat can correct, add or retire areas in the app.
INSERT INTO oic_area (code, position, name_en, name_fr, name_ar) VALUES
('POA-01', 1, 'Palestine and Al-Quds', 'Palestine et Al-Qods', 'فلسطين والقدس'),
('POA-02', 2, 'Counter-terrorism, extremism, violent extremism, radicalization, sectarianism and Islamophobia',
 'Lutte contre le terrorisme, l''extrémisme, l''extrémisme violent, la radicalisation, le sectarisme et l''islamophobie',
 'مكافحة الإرهاب والتطرف والتطرف العنيف والتشدد والطائفية والإسلاموفوبيا'),
('POA-03', 3, 'Moderation, cultural and inter-faith harmony', 'Modération, harmonie culturelle et interconfessionnelle',
 'الوسطية والتناغم الثقافي والتآلف بين الأديان'),
('POA-04', 4, 'Peace and security', 'Paix et sécurité', 'السلم والأمن'),
('POA-05', 5, 'Environment, climate change and sustainability', 'Environnement, changements climatiques et durabilité',
 'البيئة وتغير المناخ والاستدامة'),
('POA-06', 6, 'Poverty alleviation', 'Réduction de la pauvreté', 'التخفيف من حدة الفقر'),
('POA-07', 7, 'Trade, investment and finance', 'Commerce, investissement et finance', 'التجارة والاستثمار والتمويل'),
('POA-08', 8, 'Agriculture and food security', 'Agriculture et sécurité alimentaire', 'الزراعة والأمن الغذائي'),
('POA-09', 9, 'Employment, industrialization and infrastructure development',
 'Emploi, industrialisation et développement des infrastructures', 'التشغيل والتصنيع وتطوير البنية التحتية'),
('POA-10', 10, 'Science, technology and innovation', 'Science, technologie et innovation', 'العلوم والتكنولوجيا والابتكار'),
('POA-11', 11, 'Education', 'Éducation', 'التعليم'),
('POA-12', 12, 'Health', 'Santé', 'الصحة'),
('POA-13', 13, 'Advancement of women, family, youth and children',
 'Promotion de la femme, famille, jeunesse et enfance', 'النهوض بالمرأة والأسرة والشباب والطفولة'),
('POA-14', 14, 'Joint Islamic humanitarian action', 'Action humanitaire islamique commune', 'العمل الإسلامي الإنساني المشترك'),
('POA-15', 15, 'Human rights, good governance and accountability', 'Droits de l''homme, bonne gouvernance et redevabilité',
 'حقوق الإنسان والحكم الرشيد والمساءلة'),
('POA-16', 16, 'Culture and heritage', 'Culture et patrimoine', 'الثقافة والتراث'),
('POA-17', 17, 'Media and public diplomacy', 'Médias et diplomatie publique', 'الإعلام والدبلوماسية العامة'),
('POA-18', 18, 'Cooperation with international and regional organizations',
 'Coopération avec les organisations internationales et régionales', 'التعاون مع المنظمات الدولية والإقليمية');
