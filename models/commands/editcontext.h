// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Quorum {

class LibraryFile;
class LibraryModels;

/**
 * What an edit command needs: the file it writes through (one transaction, failures said by
 * the file) and the models it tells which part of the library changed.
 */
struct EditContext
{
    LibraryFile *file = nullptr;
    LibraryModels *models = nullptr;
};

} // namespace Quorum
