#pragma once

#include "ImportFormat.h"

namespace athanor {

// Athanor's own export, version 1 (UTF-8 JSON):
//
//   {"format": "athanor-export", "version": 1, "exported_at": "2024-05-14T09:30:00Z",
//    "prompts": [{"id": "<uuid>", "content": "...", "title": "...", "tags": ["..."],
//                 "phase": "solutio", "provider": "anthropic", "model": "...", "persona": "...",
//                 "temperature": 0.2, "max_tokens": 1024, "actual_tokens": 512,
//                 "parent_id": "<uuid>|null", "session_id": "<uuid>|null", "source": "...",
//                 "created_at": "<ISO-8601 UTC>", "context": [{"type": "...", "content": "..."}]}]}
//
// Only "format", "version" and each prompt's "content" are required; a missing or null field is
// unknown. A newer version is refused rather than half read. id, parent_id, phase, provider, persona,
// created_at, session_id, actual_tokens and source go to metadata under those keys (so the importer can
// restore the prompt's identity and lineage), context as "context"; unknown fields go to metadata too.
class AthanorExportFormat : public ImportFormat
{
public:
    static constexpr int kVersion = 1;

    QString name() const override;
    int detect(const QString& fileName, const QString& head) const override;
    ParseResult parse(const QString& text, const QString& fileName) const override;
};

} // namespace athanor
