<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LK3 Desktop</source>
        <translation>Tentang LK3 Desktop</translation>
    </message>
    <message>
        <source>The encrypted case record of an LK3 family counseling center (Lembaga Konsultasi Kesejahteraan Keluarga). It works offline; the data stays on this computer.</source>
        <translation>Catatan kasus terenkripsi untuk Lembaga Konsultasi Kesejahteraan Keluarga (LK3). Bekerja tanpa internet; data tetap berada di komputer ini.</translation>
    </message>
    <message>
        <source>(shown after signing in)</source>
        <translation>(tampil setelah masuk)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>Server kantor</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Perlindungan data</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>application bundle</source>
        <translation>aplikasi siap pakai</translation>
    </message>
    <message>
        <source>installed package</source>
        <translation>paket terpasang</translation>
    </message>
    <message>
        <source>source code</source>
        <translation>kode sumber</translation>
    </message>
    <message>
        <source>{kind}, built {date}</source>
        <translation>{kind}, dibuat {date}</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>The head of the center&apos;s account</source>
        <translation>Akun Kepala LK3</translation>
    </message>
    <message>
        <source>The head of the center signs in with this account and can add counselors and staff later.</source>
        <translation>Kepala LK3 masuk dengan akun ini dan nanti dapat menambahkan akun konselor dan staf administrasi.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Username error</source>
        <translation>Kesalahan nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Repeat error</source>
        <translation>Kesalahan pengulangan kata sandi</translation>
    </message>
    <message>
        <source>Do not write the password on a note near the computer. If every password is forgotten, only the recovery card made on the next page opens the data.</source>
        <translation>Jangan menulis kata sandi di catatan dekat komputer. Jika semua kata sandi terlupa, hanya kartu pemulihan yang dibuat di langkah berikutnya yang dapat membuka data.</translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation>Ketik ulang kata sandi.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>Buat kata sandi.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Activities outside casework</source>
        <translation>Kegiatan di luar kasus</translation>
    </message>
    <message>
        <source>Sosialisasi, penyuluhan, visits to institutions, coordination meetings and training: recorded here, counted in the report for the Dinas Sosial.</source>
        <translation>Sosialisasi, penyuluhan, kunjungan lembaga, rapat koordinasi, dan pelatihan: dicatat di sini dan dihitung dalam laporan untuk Dinas Sosial.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Record an activity…</source>
        <translation>Catat kegiatan…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>Awal periode jatuh sesudah akhirnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities · %1 participants (male %2, female %3)</source>
        <translation>
            <numerusform>%n kegiatan · %1 peserta (laki-laki %2, perempuan %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Record an activity</source>
        <translation>Catat kegiatan</translation>
    </message>
    <message>
        <source>Correct the activity</source>
        <translation>Ubah kegiatan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Jenis kegiatan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Service (Permensos 25/2017)</source>
        <translation>Jenis layanan (Permensos 25/2017)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Name of the activity</source>
        <translation>Nama kegiatan</translation>
    </message>
    <message>
        <source>e.g. Sosialisasi pencegahan KDRT di Kelurahan Cipare</source>
        <translation>misalnya Sosialisasi pencegahan KDRT di Kelurahan Cipare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>e.g. Aula Kelurahan Cipare</source>
        <translation>misalnya Aula Kelurahan Cipare</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Kabupaten atau kota</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village (desa/kelurahan)</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>Lembaga mitra</translation>
    </message>
    <message>
        <source>No partner, or one typed below</source>
        <translation>Tanpa mitra, atau tulis di bawah</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Partner not in the directory</source>
        <translation>Mitra yang tidak ada di daftar</translation>
    </message>
    <message>
        <source>e.g. PKK Kelurahan Cipare</source>
        <translation>misalnya PKK Kelurahan Cipare</translation>
    </message>
    <message>
        <source>Other partner</source>
        <translation>Mitra lain</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Jumlah %1</translation>
    </message>
    <message>
        <source>Choose the region from the list.</source>
        <translation>Pilih wilayah dari daftar.</translation>
    </message>
</context>
<context>
    <name>ActivityLabels</name>
    <message>
        <source>Awareness event</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <source>Public education</source>
        <translation>Penyuluhan</translation>
    </message>
    <message>
        <source>Visit to an institution</source>
        <translation>Kunjungan lembaga</translation>
    </message>
    <message>
        <source>Coordination meeting</source>
        <translation>Rapat koordinasi</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Kegiatan lain</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultasi</translation>
    </message>
    <message>
        <source>Counseling</source>
        <translation>Konseling</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Pendampingan</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Penjangkauan</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Advokasi</translation>
    </message>
    <message>
        <source>Information / psychoeducation</source>
        <translation>Pemberian informasi / psikoedukasi</translation>
    </message>
    <message>
        <source>Empowerment</source>
        <translation>Pemberdayaan</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
</context>
<context>
    <name>AddAttachmentDialog</name>
    <message>
        <source>Attach a document</source>
        <translation>Lampirkan dokumen</translation>
    </message>
    <message>
        <source>Make the photo smaller (at most %1 pixels; the original&apos;s fingerprint is kept)</source>
        <translation>Perkecil foto (paling panjang %1 piksel; sidik jari berkas aslinya tetap disimpan)</translation>
    </message>
    <message>
        <source>The file is stored encrypted in the database. The original file stays where it was: delete it there if nobody needs it.</source>
        <translation>Berkas disimpan terenkripsi di basis data. Berkas aslinya tetap di tempatnya: hapus di sana bila tidak diperlukan lagi.</translation>
    </message>
    <message>
        <source>Attachment message</source>
        <translation>Pesan lampiran</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Lampirkan</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Jenis dokumen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Attach to</source>
        <translation>Lampirkan ke</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Tanggal dokumen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>e.g. photocopy brought by the client</source>
        <translation>misalnya fotokopi yang dibawa klien</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Full name error</source>
        <translation>Kesalahan nama lengkap</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>e.g. rina.konselor</source>
        <translation>misalnya rina.konselor</translation>
    </message>
    <message>
        <source>Username error</source>
        <translation>Kesalahan nama pengguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>NIP (optional)</source>
        <translation>NIP (boleh dikosongkan)</translation>
    </message>
    <message>
        <source>18 digits, for civil servants</source>
        <translation>18 angka, untuk aparatur sipil negara</translation>
    </message>
    <message>
        <source>NIP error</source>
        <translation>Kesalahan NIP</translation>
    </message>
    <message>
        <source>LK3 Desktop makes a temporary password. The new user must change it at their first sign-in.</source>
        <translation>LK3 Desktop membuat kata sandi sementara. Pengguna baru wajib menggantinya saat pertama kali masuk.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Membuat akun…</translation>
    </message>
</context>
<context>
    <name>AddendaView</name>
    <message>
        <source>Addenda</source>
        <translation>Adendum</translation>
    </message>
    <message>
        <source>No addenda yet.</source>
        <translation>Belum ada adendum.</translation>
    </message>
    <message>
        <source>New addendum</source>
        <translation>Adendum baru</translation>
    </message>
    <message>
        <source>Write an addendum…</source>
        <translation>Tulis adendum…</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Tambah adendum</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Addendum by %1</source>
        <translation>Adendum oleh %1</translation>
    </message>
</context>
<context>
    <name>AdministrationForm</name>
    <message>
        <source>Screening instrument form</source>
        <translation>Formulir instrumen skrining</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Tanggal asesmen</translation>
    </message>
    <message>
        <source>Date error</source>
        <translation>Kesalahan tanggal</translation>
    </message>
    <message>
        <source>period: %1</source>
        <translation>periode: %1</translation>
    </message>
    <message>
        <source>Risk warning</source>
        <translation>Peringatan risiko</translation>
    </message>
    <message>
        <source>Ask about the client&apos;s safety today, agree on a safety plan, and inform the head of the center. The flag stays open, with a red banner on the client, until you record the action taken.</source>
        <translation>Tanyakan keselamatan klien hari ini, sepakati rencana keselamatan, dan beri tahu Kepala LK3. Tanda risiko tetap terbuka, dengan peringatan merah di halaman klien, sampai Anda mencatat tindakan yang diambil.</translation>
    </message>
    <message>
        <source>Items and answers</source>
        <translation>Butir dan jawaban</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Save the screening draft</source>
        <translation>Simpan draf skrining</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Severity band</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <source>Counselor&apos;s note</source>
        <translation>Catatan konselor</translation>
    </message>
    <message>
        <source>Counselor&apos;s note (optional)</source>
        <translation>Catatan konselor (boleh dikosongkan)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Back to the assessments</source>
        <translation>Kembali ke daftar asesmen</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Hapus draf</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>Attachments of the screening</source>
        <translation>Lampiran instrumen skrining</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pertanyaan %1 dari %2</translation>
    </message>
    <message>
        <source>Signed: the answers can no longer be changed.</source>
        <translation>Sudah ditandatangani: jawaban tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Keys: %1 answer · Enter next · Backspace previous · Ctrl+S save</source>
        <translation>Tombol: %1 menjawab · Enter berikutnya · Backspace sebelumnya · Ctrl+S simpan</translation>
    </message>
    <message>
        <source>Score %1 of %2</source>
        <translation>Skor %1 dari %2</translation>
    </message>
    <message>
        <source>At least %1 of %2</source>
        <translation>Minimal %1 dari %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>minimal %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 dari %2 terjawab</translation>
    </message>
    <message>
        <source>prorated by the instrument&apos;s rule</source>
        <translation>disesuaikan menurut aturan instrumen</translation>
    </message>
    <message>
        <source>so far: %1</source>
        <translation>sementara: %1</translation>
    </message>
    <message>
        <source>Risk flag handled on %1 by %2: %3</source>
        <translation>Tanda risiko sudah ditangani pada %1 oleh %2: %3</translation>
    </message>
    <message>
        <source> (item %1)</source>
        <translation> (butir %1)</translation>
    </message>
    <message>
        <source>Risk flag: %1</source>
        <translation>Tanda risiko: %1</translation>
    </message>
    <message>
        <source>Risk flag</source>
        <translation>Tanda risiko</translation>
    </message>
    <message>
        <source>%1%2.

Ask about the client&apos;s safety now and agree on a safety plan. Saving keeps this flag open until you record the action taken.</source>
        <translation>%1%2.

Tanyakan keselamatan klien sekarang dan sepakati rencana keselamatan. Setelah disimpan, tanda risiko ini tetap terbuka sampai Anda mencatat tindakan yang diambil.</translation>
    </message>
    <message>
        <source>I understand, continue</source>
        <translation>Saya mengerti, lanjutkan</translation>
    </message>
    <message>
        <source>Correct the answer</source>
        <translation>Perbaiki jawaban</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>The assessment was not saved</source>
        <translation>Asesmen tidak tersimpan</translation>
    </message>
    <message>
        <source>Delete this draft? Its answers will be gone.</source>
        <translation>Hapus draf ini? Semua jawabannya akan hilang.</translation>
    </message>
    <message>
        <source>Save assessment as PDF</source>
        <translation>Simpan asesmen sebagai PDF</translation>
    </message>
    <message>
        <source>The answers have not been saved. Discard them?</source>
        <translation>Jawaban belum disimpan. Buang jawaban tersebut?</translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <source>Anonymise client</source>
        <translation>Anonimkan klien</translation>
    </message>
    <message>
        <source>Anonymise %1 (No. %2)?</source>
        <translation>Anonimkan %1 (No. %2)?</translation>
    </message>
    <message>
        <source>What happens:</source>
        <translation>Yang akan terjadi:</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Ketik %1 untuk mengonfirmasi.</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Kata konfirmasi</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimkan</translation>
    </message>
</context>
<context>
    <name>AnswerDelegate</name>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>No counselor</source>
        <translation>Tanpa konselor</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Kosongkan</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Restore completed</source>
        <translation>Pemulihan diselesaikan</translation>
    </message>
    <message>
        <source>Restoring a backup was interrupted (the computer stopped or the app was closed) and has now been completed. The data that was here before is kept in the folder %1.</source>
        <translation>Pemulihan dari cadangan sempat terhenti (komputer mati atau aplikasi ditutup) dan kini sudah diselesaikan. Data yang sebelumnya ada di sini disimpan di folder %1.</translation>
    </message>
    <message>
        <source>Setup not finished</source>
        <translation>Penyiapan belum selesai</translation>
    </message>
    <message>
        <source>Start the setup again</source>
        <translation>Mulai penyiapan lagi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>AppointmentDetails</name>
    <message>
        <source>Selected appointment</source>
        <translation>Janji temu terpilih</translation>
    </message>
    <message>
        <source>No appointment selected</source>
        <translation>Belum ada janji temu yang dipilih</translation>
    </message>
    <message>
        <source>Start session note</source>
        <translation>Mulai catatan sesi</translation>
    </message>
    <message>
        <source>Open session note</source>
        <translation>Buka catatan sesi</translation>
    </message>
    <message>
        <source>Mark as no-show</source>
        <translation>Tandai tidak hadir</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation>Batalkan janji temu…</translation>
    </message>
    <message>
        <source>Back to scheduled</source>
        <translation>Kembalikan ke terjadwal</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Buka klien</translation>
    </message>
    <message>
        <source>Click an appointment to see it here. Double-click an empty time to book.</source>
        <translation>Klik janji temu untuk melihatnya di sini. Klik dua kali pada waktu yang kosong untuk membuat janji temu.</translation>
    </message>
    <message>
        <source>Counselor: %1</source>
        <translation>Konselor: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Ruang: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Kasus: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Missed %n appointment(s) so far.</source>
        <translation>
            <numerusform>Sudah %n kali tidak hadir pada janji temu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Janji temu baru</translation>
    </message>
    <message>
        <source>Change appointment</source>
        <translation>Ubah janji temu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Find the client by name</source>
        <translation>Cari klien menurut nama</translation>
    </message>
    <message>
        <source>Type part of the client&apos;s name</source>
        <translation>Ketik sebagian nama klien</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Klien yang ditemukan</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>No room (home visit, telephone)</source>
        <translation>Tanpa ruang (kunjungan rumah, telepon)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Jam mulai</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Jam selesai</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Schedule clash</source>
        <translation>Jadwal bentrok</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Administrative note</source>
        <translation>Catatan administrasi</translation>
    </message>
    <message>
        <source>e.g. bring the family card (no clinical content)</source>
        <translation>misalnya membawa kartu keluarga (bukan informasi klinis)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Appointment error</source>
        <translation>Kesalahan janji temu</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Jadwalkan</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>No client chosen yet</source>
        <translation>Belum ada klien dipilih</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Dipilih: %1</translation>
    </message>
    <message>
        <source>No case (first meeting)</source>
        <translation>Tanpa kasus (pertemuan pertama)</translation>
    </message>
    <message>
        <source>No client with this name</source>
        <translation>Tidak ada klien dengan nama ini</translation>
    </message>
    <message>
        <source>Clash with another appointment:</source>
        <translation>Bentrok dengan janji temu lain:</translation>
    </message>
    <message>
        <source>Choose the client first.</source>
        <translation>Pilih klien terlebih dahulu.</translation>
    </message>
    <message>
        <source>This appointment clashes with another one:</source>
        <translation>Janji temu ini bentrok dengan janji temu lain:</translation>
    </message>
    <message>
        <source>Book it anyway?</source>
        <translation>Tetap jadwalkan?</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>Tetap jadwalkan</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Ubah waktunya</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>Sign assessment</source>
        <translation>Tandatangani asesmen</translation>
    </message>
    <message>
        <source>Signing locks this assessment: afterwards nothing in it can be changed, only addenda can be added. Enter your password to sign.</source>
        <translation>Penandatanganan mengunci asesmen ini: setelahnya isinya tidak dapat diubah lagi, hanya adendum yang dapat ditambahkan. Masukkan kata sandi Anda untuk menandatangani.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Tandatangani</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Menandatangani…</translation>
    </message>
    <message>
        <source>A signed assessment is never changed. Corrections and additions are written here, each with its own author and time.</source>
        <translation>Asesmen yang sudah ditandatangani tidak pernah diubah. Koreksi dan tambahan ditulis di sini, masing-masing dengan penulis dan waktunya sendiri.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Kasus %1</translation>
    </message>
    <message>
        <source>signed by %1 on %2</source>
        <translation>ditandatangani oleh %1 pada %2</translation>
    </message>
    <message>
        <source>no action recorded yet</source>
        <translation>belum ada tindakan yang dicatat</translation>
    </message>
    <message>
        <source>action recorded</source>
        <translation>tindakan sudah dicatat</translation>
    </message>
    <message>
        <source>withdrawn (draft corrected)</source>
        <translation>ditarik (draf diperbaiki)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Belum ditentukan</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Asesmen awal</translation>
    </message>
    <message>
        <source>In-depth assessment</source>
        <translation>Asesmen mendalam</translation>
    </message>
    <message>
        <source>Re-assessment</source>
        <translation>Asesmen ulang</translation>
    </message>
    <message>
        <source>Family relations</source>
        <translation>Relasi keluarga</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>Pengasuhan</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Hukum</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Perlindungan</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tempat tinggal</translation>
    </message>
    <message>
        <source>Psychosocial assessment</source>
        <translation>Asesmen psikososial</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, butir %2</translation>
    </message>
    <message>
        <source>High overall risk in the psychosocial assessment</source>
        <translation>Risiko keseluruhan tinggi pada asesmen psikososial</translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Screening instrument</source>
        <translation>Instrumen skrining</translation>
    </message>
    <message>
        <source>Start screening</source>
        <translation>Mulai skrining</translation>
    </message>
    <message>
        <source>Start the screening instrument</source>
        <translation>Mulai instrumen skrining</translation>
    </message>
    <message>
        <source>New psychosocial assessment</source>
        <translation>Asesmen psikososial baru</translation>
    </message>
    <message>
        <source>Assessments of this case</source>
        <translation>Asesmen kasus ini</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>Buka asesmen yang dipilih</translation>
    </message>
    <message>
        <source>New safety plan</source>
        <translation>Rencana keselamatan baru</translation>
    </message>
    <message>
        <source>New safety plan with the client</source>
        <translation>Rencana keselamatan baru bersama klien</translation>
    </message>
    <message>
        <source>The client&apos;s plan for a crisis: warning signs, what helps, people and services to call (SAPA 129), a safe surrounding; printed for the client.</source>
        <translation>Rencana klien untuk saat krisis: tanda bahaya, hal yang membantu, orang dan layanan yang dapat dihubungi (SAPA 129), lingkungan yang aman; dicetak untuk klien.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Instrument of the trend</source>
        <translation>Instrumen untuk tren</translation>
    </message>
    <message>
        <source>Scale whose bands are drawn</source>
        <translation>Skala yang tingkat keparahannya ditampilkan</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Simpan grafik sebagai PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>Simpan grafik sebagai gambar PNG</translation>
    </message>
    <message>
        <source>A trend appears here once the client has taken the same instrument more than once.</source>
        <translation>Tren tampil di sini setelah klien mengisi instrumen yang sama lebih dari satu kali.</translation>
    </message>
    <message>
        <source>The assessments could not be loaded.</source>
        <translation>Asesmen tidak dapat dimuat.</translation>
    </message>
    <message>
        <source>Only the head of the center and the counselor assigned to the case can see its assessments.</source>
        <translation>Hanya Kepala LK3 dan konselor yang menangani kasus ini yang dapat melihat asesmennya.</translation>
    </message>
    <message>
        <source>This client has no case yet. Open a case first (tab Cases).</source>
        <translation>Klien ini belum memiliki kasus. Buka kasus terlebih dahulu (tab Kasus).</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>belum lengkap</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>sudah ditangani</translation>
    </message>
    <message>
        <source>Psychosocial assessment (%1)</source>
        <translation>Asesmen psikososial (%1)</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>Client safety plan</source>
        <translation>Rencana keselamatan klien</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 kali)</translation>
    </message>
    <message>
        <source>Bands: %1</source>
        <translation>Tingkat keparahan: %1</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Simpan grafik sebagai PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved.</source>
        <translation>Gambar tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>AttachmentLabels</name>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Catatan sesi</translation>
    </message>
    <message>
        <source>Psychosocial assessment</source>
        <translation>Asesmen psikososial</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Instrumen skrining</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Viewer message</source>
        <translation>Pesan penampil</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Simpan salinan yang tidak terenkripsi</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Cetak dokumen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Made smaller when attached; the original (%1) had SHA-256 %2.</source>
        <translation>Diperkecil saat dilampirkan; berkas aslinya (%1) ber-SHA-256 %2.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>The picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Simpan salinan dokumen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.png)</source>
        <translation>Dokumen (*.pdf *.jpg *.png)</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not encrypted: keep it safe.</source>
        <translation>Salinan disimpan sebagai %1. Salinan ini tidak terenkripsi: simpan dengan aman.</translation>
    </message>
    <message>
        <source>The document could not be printed. Check the printer.</source>
        <translation>Dokumen tidak dapat dicetak. Periksa printer.</translation>
    </message>
    <message>
        <source>Sent to the printer (%1 page(s)).</source>
        <translation>Dikirim ke printer (%1 halaman).</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Bagian dari</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>do not disclose</source>
        <translation>jangan diungkap</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Drop scans, photos or PDFs here, or choose “Attach…”.</source>
        <translation>Tarik dan lepas pindaian, foto atau PDF ke sini, atau pilih “Lampirkan…”.</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Berkas terlampir</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Attachments message</source>
        <translation>Pesan lampiran</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Lampirkan dokumen</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Pindaian dan dokumen (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>Berkas %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>%1 was attached.</source>
        <translation>%1 sudah dilampirkan.</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Hapus dokumen</translation>
    </message>
    <message>
        <source>Remove %1 from the record? Its stored copy is deleted; the audit trail keeps that it was attached and removed.</source>
        <translation>Hapus %1 dari catatan? Salinan yang tersimpan dihapus; jejak audit tetap mencatat bahwa berkas ini pernah dilampirkan dan dihapus.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>The document was removed.</source>
        <translation>Dokumen sudah dihapus.</translation>
    </message>
    <message>
        <source>Consent of %1 (the signed form)</source>
        <translation>Persetujuan %1 (formulir bertanda tangan)</translation>
    </message>
    <message>
        <source>The client (personal documents)</source>
        <translation>Klien (dokumen pribadi)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Kasus %1</translation>
    </message>
    <message>
        <source>Attachments…</source>
        <translation>Lampiran…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Filter</source>
        <translation>Saring</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Jenis catatan</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Nomor catatan</translation>
    </message>
    <message>
        <source>Number, e.g. a client&apos;s id</source>
        <translation>Nomor, misalnya nomor data klien</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Show matching entries</source>
        <translation>Tampilkan entri yang sesuai</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Ekspor ke CSV…</translation>
    </message>
    <message>
        <source>Export the matching entries to CSV</source>
        <translation>Ekspor entri yang sesuai ke CSV</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status ekspor</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Rincian entri yang dipilih</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Rantai audit</translation>
    </message>
    <message>
        <source>Every entry holds the fingerprint of the one before it. The current head is printed on reports and backup labels; enter a head printed earlier to check that the log has not been rebuilt or cut back since.</source>
        <translation>Setiap entri memuat sidik entri sebelumnya. Kode ujung rantai audit saat ini dicetak pada laporan dan label cadangan; masukkan kode yang dicetak sebelumnya untuk memeriksa bahwa jejak audit tidak disusun ulang atau dipotong sejak itu.</translation>
    </message>
    <message>
        <source>Current chain head</source>
        <translation>Kode ujung rantai audit saat ini</translation>
    </message>
    <message>
        <source>Chain head printed earlier (optional)</source>
        <translation>Kode ujung rantai audit yang dicetak sebelumnya (boleh dikosongkan)</translation>
    </message>
    <message>
        <source>Head printed earlier (optional)</source>
        <translation>Kode yang dicetak sebelumnya (boleh dikosongkan)</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Periksa rantai</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Hasil pemeriksaan</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entri</numerusform>
        </translation>
    </message>
    <message>
        <source>Current chain head: %1</source>
        <translation>Kode ujung rantai audit saat ini: %1</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries, head %2.</source>
        <translation>Rantai audit utuh: %1 entri, kode ujung rantai audit %2.</translation>
    </message>
    <message>
        <source>The head printed earlier is not in the chain: the log was rebuilt or cut back since it was printed.</source>
        <translation>Kode ujung rantai audit yang dicetak sebelumnya tidak ada dalam rantai: jejak audit disusun ulang atau dipotong sejak dicetak.</translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: entries were changed or removed.</source>
        <translation>Rantai terputus pada entri %1: ada entri yang diubah atau dihapus.</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Ekspor jejak audit</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported (ids only, no names).</source>
        <translation>
            <numerusform>%n entri diekspor (hanya nomor, tanpa nama).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(sistem)</translation>
    </message>
</context>
<context>
    <name>AutoBackupProgress</name>
    <message>
        <source>Automatic backup</source>
        <translation>Cadangan otomatis</translation>
    </message>
    <message>
        <source>Making an automatic backup…</source>
        <translation>Membuat cadangan otomatis…</translation>
    </message>
    <message>
        <source>Automatic backup progress</source>
        <translation>Kemajuan cadangan otomatis</translation>
    </message>
    <message>
        <source>The automatic backup was not made</source>
        <translation>Cadangan otomatis tidak dibuat</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Backup reminder</source>
        <translation>Pengingat cadangan</translation>
    </message>
    <message>
        <source>No backup of this database has been made yet. Make one now in Settings &gt; Backup and keep it away from this computer.</source>
        <translation>Basis data ini belum pernah dicadangkan. Buat cadangan sekarang di Pengaturan &gt; Cadangan dan simpan jauh dari komputer ini.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup is %n day(s) old. Make a new one in Settings &gt; Backup.</source>
        <translation>
            <numerusform>Cadangan terakhir sudah berumur %n hari. Buat cadangan baru di Pengaturan &gt; Cadangan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Back up</source>
        <translation>Cadangkan</translation>
    </message>
    <message>
        <source>A backup holds the whole encrypted database and its key slots in one file. Keep it on a separate drive, locked away: it cannot be opened without a password or the recovery card.</source>
        <translation>Cadangan memuat seluruh basis data terenkripsi beserta slot kuncinya dalam satu berkas. Simpan di media penyimpanan terpisah dan terkunci: cadangan tidak dapat dibuka tanpa kata sandi atau kartu pemulihan.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Cadangan terakhir</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Cadangkan sekarang…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Print label…</source>
        <translation>Cetak label…</translation>
    </message>
    <message>
        <source>Print the backup label</source>
        <translation>Cetak label cadangan</translation>
    </message>
    <message>
        <source>Save label as PDF…</source>
        <translation>Simpan label sebagai PDF…</translation>
    </message>
    <message>
        <source>Save the backup label as PDF</source>
        <translation>Simpan label cadangan sebagai PDF</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Kemajuan pencadangan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Batalkan pencadangan</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Status cadangan</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Remind on Home when the last backup is older than this many days</source>
        <translation>Ingatkan di Beranda bila cadangan terakhir lebih lama dari jumlah hari ini</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the backup reminder</source>
        <translation>Simpan pengingat cadangan</translation>
    </message>
    <message>
        <source>Remind after</source>
        <translation>Ingatkan setelah</translation>
    </message>
    <message>
        <source>Backup reminder status</source>
        <translation>Status pengingat cadangan</translation>
    </message>
    <message>
        <source>Back up automatically when LK3 Desktop closes</source>
        <translation>Cadangkan otomatis saat LK3 Desktop ditutup</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Folder untuk cadangan otomatis</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>Pilih folder untuk cadangan otomatis</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Matikan</translation>
    </message>
    <message>
        <source>Turn off the automatic backup</source>
        <translation>Matikan cadangan otomatis</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Number of automatic backups kept</source>
        <translation>Jumlah cadangan otomatis yang disimpan</translation>
    </message>
    <message>
        <source>Save the automatic backup settings</source>
        <translation>Simpan pengaturan cadangan otomatis</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Simpan yang terbaru</translation>
    </message>
    <message>
        <source>Older automatic backups in this folder are deleted; other files are never touched.</source>
        <translation>Cadangan otomatis yang lebih lama di folder ini dihapus; berkas lain tidak pernah disentuh.</translation>
    </message>
    <message>
        <source>Automatic backup status</source>
        <translation>Status cadangan otomatis</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Restoring replaces all data in this data folder with the contents of a backup. The current data is not deleted: it is moved to a folder beside it. Afterwards LK3 Desktop must be started again.</source>
        <translation>Pemulihan mengganti seluruh data di folder data ini dengan isi cadangan. Data yang ada sekarang tidak dihapus: data itu dipindahkan ke folder di sebelahnya. Sesudahnya LK3 Desktop harus dijalankan ulang.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>Cancelling the backup…</source>
        <translation>Membatalkan pencadangan…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1. Audit chain head for its label: %2. Print the label or save it as PDF and keep it with the backup.</source>
        <translation>Cadangan ditulis dan diperiksa: %1. Kode ujung rantai audit untuk labelnya: %2. Cetak labelnya atau simpan sebagai PDF, lalu sertakan bersama cadangan.</translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation>Pencadangan dibatalkan.</translation>
    </message>
    <message>
        <source>Save backup label</source>
        <translation>Simpan label cadangan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Label saved as %1.</source>
        <translation>Label disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>The label could not be printed. Check the printer and try again.</source>
        <translation>Label tidak dapat dicetak. Periksa printer lalu coba lagi.</translation>
    </message>
    <message>
        <source>The label was sent to the printer.</source>
        <translation>Label sudah dikirim ke printer.</translation>
    </message>
    <message>
        <source>The label could not be saved there. Choose another folder.</source>
        <translation>Label tidak dapat disimpan di sana. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>Periksa cadangan</translation>
    </message>
    <message>
        <source>Restoring replaces ALL data in this data folder with this backup: whatever was entered after %1 will no longer be in the database (it stays in the folder kept aside). You will be signed out, and LK3 Desktop must be started again afterwards.</source>
        <translation>Pemulihan mengganti SELURUH data di folder data ini dengan isi cadangan: apa pun yang dicatat setelah %1 tidak lagi ada di basis data (tetap tersimpan di folder yang disisihkan). Anda akan keluar, dan LK3 Desktop harus dijalankan ulang sesudahnya.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Center: %1
Backup made on: %2
Schema version: %3
Database id: %4
File: %5
Audit chain head: %6</source>
        <translation>Lembaga: %1
Cadangan dibuat: %2
Versi skema: %3
ID basis data: %4
Berkas: %5
Kode ujung rantai audit: %6</translation>
    </message>
    <message>
        <source>This backup is of ANOTHER database (%1, database id %2), not of the one in this data folder. Restoring it replaces this office&apos;s data with that one&apos;s.</source>
        <translation>Cadangan ini berasal dari basis data LAIN (%1, ID basis data %2), bukan dari basis data di folder data ini. Memulihkannya mengganti data lembaga ini dengan data lembaga tersebut.</translation>
    </message>
    <message>
        <source>Backup label</source>
        <translation>Label cadangan</translation>
    </message>
    <message>
        <source>Print backup label</source>
        <translation>Cetak label cadangan</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Belum pernah dibuat cadangan.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Cadangan terakhir: %1</translation>
    </message>
    <message>
        <source>LK3 backup (*.lk3backup)</source>
        <translation>Cadangan LK3 (*.lk3backup)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Restore and sign out</source>
        <translation>Pulihkan dan keluar</translation>
    </message>
    <message>
        <source>Enter your password as it was when the backup was made.</source>
        <translation>Masukkan kata sandi Anda seperti pada saat cadangan dibuat.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <source>The backup was restored. The previous data is kept in %1. LK3 Desktop will now close: start it again and sign in.</source>
        <translation>Cadangan sudah dipulihkan. Data sebelumnya disimpan di %1. LK3 Desktop akan ditutup sekarang: jalankan lagi lalu masuk.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>LK3 Desktop will now close: start it again and sign in.</source>
        <translation>LK3 Desktop akan ditutup sekarang: jalankan lagi lalu masuk.</translation>
    </message>
</context>
<context>
    <name>BerandaPage</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Peran Anda</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Perlindungan data</translation>
    </message>
    <message>
        <source>This is a DEMO database: every name and record in it is made up. Do not enter real clients here.</source>
        <translation>Ini basis data DEMO: semua nama dan catatan di dalamnya fiktif. Jangan memasukkan data klien sungguhan di sini.</translation>
    </message>
    <message>
        <source>Use the menu on the left to move between pages. Lock the screen with Ctrl+L whenever you step away from the computer.</source>
        <translation>Gunakan menu di sebelah kiri untuk berpindah halaman. Kunci layar dengan Ctrl+L setiap kali Anda meninggalkan komputer.</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>Selamat datang, {name}</translation>
    </message>
    <message>
        <source>You are signed in as {role}.</source>
        <translation>Anda masuk sebagai {role}.</translation>
    </message>
</context>
<context>
    <name>CasePlanPanel</name>
    <message>
        <source>Case plan</source>
        <translation>Rencana intervensi</translation>
    </message>
    <message>
        <source>Case plan (intervention plan)</source>
        <translation>Rencana intervensi</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Tambah tujuan</translation>
    </message>
    <message>
        <source>Goals of the case plan</source>
        <translation>Tujuan rencana intervensi</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Tanggal target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Tinjauan terakhir</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>No goals yet. Add the goals agreed with the family, with a target date.</source>
        <translation>Belum ada tujuan. Tambahkan tujuan yang disepakati bersama keluarga, beserta tanggal targetnya.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>The target date has passed.</source>
        <translation>Tanggal target sudah lewat.</translation>
    </message>
    <message>
        <source>Reviewed in a signed note: set its status to Dropped instead.</source>
        <translation>Sudah ditinjau dalam catatan yang ditandatangani: ubah saja statusnya menjadi Dibatalkan.</translation>
    </message>
    <message>
        <source>Reviewed in sessions:</source>
        <translation>Ditinjau dalam sesi:</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Hapus tujuan</translation>
    </message>
    <message>
        <source>Delete this goal from the case plan? Use this only for a goal added by mistake.</source>
        <translation>Hapus tujuan ini dari rencana intervensi? Gunakan hanya untuk tujuan yang ditambahkan secara keliru.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>CaseReferralsPanel</name>
    <message>
        <source>Referrals of this case</source>
        <translation>Rujukan kasus ini</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Rujukan baru…</translation>
    </message>
    <message>
        <source>Draft a new referral for this case</source>
        <translation>Buat draf rujukan baru untuk kasus ini</translation>
    </message>
    <message>
        <source>Referrals hold clinical content; they are shown to the head and the counselor of the case only.</source>
        <translation>Rujukan memuat informasi klinis; hanya ditampilkan kepada Kepala LK3 dan konselor kasus ini.</translation>
    </message>
    <message>
        <source>No referrals for this case yet.</source>
        <translation>Belum ada rujukan untuk kasus ini.</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Rujukan baru</translation>
    </message>
    <message>
        <source>Add the partner institution first (Referrals page, Partner institutions tab).</source>
        <translation>Tambahkan lembaga mitra terlebih dahulu (halaman Rujukan, tab Lembaga mitra).</translation>
    </message>
</context>
<context>
    <name>CaseScopedTab</name>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Case shown</source>
        <translation>Kasus yang ditampilkan</translation>
    </message>
    <message>
        <source>This client has no case yet. Open a case first (tab Cases).</source>
        <translation>Klien ini belum memiliki kasus. Buka kasus terlebih dahulu (tab Kasus).</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>New case…</source>
        <translation>Kasus baru…</translation>
    </message>
    <message>
        <source>Change stage…</source>
        <translation>Ubah tahap…</translation>
    </message>
    <message>
        <source>Reassign counselor…</source>
        <translation>Ganti konselor…</translation>
    </message>
    <message>
        <source>Change clinical data…</source>
        <translation>Ubah data klinis…</translation>
    </message>
    <message>
        <source>Record summary (PDF)…</source>
        <translation>Ringkasan catatan kasus (PDF)…</translation>
    </message>
    <message>
        <source>This client has no case yet. Open one with “New case…” at intake.</source>
        <translation>Klien ini belum memiliki kasus. Buka kasus dengan “Kasus baru…” saat penerimaan.</translation>
    </message>
    <message>
        <source>Reg. number</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Belum ditentukan</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgensi</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Tanggal penerimaan</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Sumber rujukan</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ditutup pada</translation>
    </message>
    <message>
        <source>Clinical data</source>
        <translation>Data klinis</translation>
    </message>
    <message>
        <source>The clinical content of this case (presenting problem, problem areas, reason for termination) is visible only to the assigned counselor and the head of the center.</source>
        <translation>Informasi klinis kasus ini (masalah utama, bidang masalah, alasan terminasi) hanya dapat dilihat oleh konselor yang menangani dan Kepala LK3.</translation>
    </message>
    <message>
        <source>Presenting problem</source>
        <translation>Masalah utama</translation>
    </message>
    <message>
        <source>Problem areas</source>
        <translation>Bidang masalah</translation>
    </message>
    <message>
        <source>Note on the termination</source>
        <translation>Keterangan terminasi</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Riwayat tahap</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Counselor assignments</source>
        <translation>Riwayat penugasan konselor</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Belum dicatat</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Belum dipilih</translation>
    </message>
    <message>
        <source>Record summary</source>
        <translation>Ringkasan catatan kasus</translation>
    </message>
    <message>
        <source>Include the text of the session notes? Leave them out unless the purpose (for example a court order) requires them.</source>
        <translation>Sertakan isi catatan sesi? Jangan disertakan kecuali tujuannya (misalnya perintah pengadilan) memerlukannya.</translation>
    </message>
    <message>
        <source>Include session notes</source>
        <translation>Sertakan catatan sesi</translation>
    </message>
    <message>
        <source>Without session notes</source>
        <translation>Tanpa catatan sesi</translation>
    </message>
    <message>
        <source>Save the record summary</source>
        <translation>Simpan ringkasan rekam</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CenterPage</name>
    <message>
        <source>Center profile</source>
        <translation>Profil lembaga</translation>
    </message>
    <message>
        <source>These details appear on letters, reports and the recovery card. Fields marked * are required.</source>
        <translation>Data ini tercantum pada surat, laporan, dan kartu pemulihan. Isian bertanda * wajib diisi.</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>Nama LK3</translation>
    </message>
    <message>
        <source>e.g. LK3 Kabupaten Semarang</source>
        <translation>misalnya LK3 Kabupaten Semarang</translation>
    </message>
    <message>
        <source>Center name error</source>
        <translation>Kesalahan nama LK3</translation>
    </message>
    <message>
        <source>Center code</source>
        <translation>Kode lembaga</translation>
    </message>
    <message>
        <source>e.g. SRG</source>
        <translation>misalnya SRG</translation>
    </message>
    <message>
        <source>A short code used in letter numbers.</source>
        <translation>Kode singkat untuk nomor surat.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Street, number, village, district</source>
        <translation>Jalan, nomor, desa/kelurahan, kecamatan</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Kabupaten atau kota</translation>
    </message>
    <message>
        <source>Region error</source>
        <translation>Kesalahan wilayah</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Email error</source>
        <translation>Kesalahan email</translation>
    </message>
    <message>
        <source>Full name of the head</source>
        <translation>Nama lengkap Kepala LK3</translation>
    </message>
    <message>
        <source>Head name error</source>
        <translation>Kesalahan nama Kepala LK3</translation>
    </message>
    <message>
        <source>Name of the head</source>
        <translation>Nama Kepala LK3</translation>
    </message>
    <message>
        <source>NIP of the head</source>
        <translation>NIP Kepala LK3</translation>
    </message>
    <message>
        <source>18 digits, optional</source>
        <translation>18 angka, boleh dikosongkan</translation>
    </message>
    <message>
        <source>NIP error</source>
        <translation>Kesalahan NIP</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Pratinjau logo</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Pilih gambar…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Pilih gambar logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>PNG or JPEG, optional</source>
        <translation>PNG atau JPEG, boleh dikosongkan</translation>
    </message>
    <message>
        <source>Logo error</source>
        <translation>Kesalahan logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Loading the list…</source>
        <translation>Memuat daftar…</translation>
    </message>
    <message>
        <source>Type to search, e.g. Jawa</source>
        <translation>Ketik untuk mencari, misalnya Jawa</translation>
    </message>
    <message>
        <source>Choose the province first</source>
        <translation>Pilih provinsi terlebih dahulu</translation>
    </message>
    <message>
        <source>The list of regions could not be loaded; you can fill them in later.</source>
        <translation>Daftar wilayah tidak dapat dimuat; Anda dapat mengisinya nanti.</translation>
    </message>
    <message>
        <source>Type to search, e.g. Semarang</source>
        <translation>Ketik untuk mencari, misalnya Semarang</translation>
    </message>
    <message>
        <source>The center&apos;s name is required.</source>
        <translation>Nama LK3 wajib diisi.</translation>
    </message>
    <message>
        <source>The full name of the head of the center is required.</source>
        <translation>Nama lengkap Kepala LK3 wajib diisi.</translation>
    </message>
    <message>
        <source>A NIP holds digits only.</source>
        <translation>NIP hanya berisi angka.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits; {count} typed so far.</source>
        <translation>NIP terdiri dari 18 angka; baru {count} yang diketik.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits; this one has {count}.</source>
        <translation>NIP terdiri dari 18 angka; isian ini {count} angka.</translation>
    </message>
    <message>
        <source>NIP complete.</source>
        <translation>NIP lengkap.</translation>
    </message>
    <message>
        <source>This email address is not complete.</source>
        <translation>Alamat email ini belum lengkap.</translation>
    </message>
    <message>
        <source>Choose the province from the list.</source>
        <translation>Pilih provinsi dari daftar.</translation>
    </message>
    <message>
        <source>Choose the regency or city from the list.</source>
        <translation>Pilih kabupaten atau kota dari daftar.</translation>
    </message>
    <message>
        <source>Choose the center&apos;s logo</source>
        <translation>Pilih logo lembaga</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The image is larger than 2 MB.</source>
        <translation>Ukuran gambar lebih dari 2 MB.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG image.</source>
        <translation>Berkas ini bukan gambar PNG atau JPEG.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own password to continue; only you should know it.</source>
        <translation>Anda masuk dengan kata sandi sementara. Buat kata sandi Anda sendiri untuk melanjutkan; hanya Anda yang boleh mengetahuinya.</translation>
    </message>
    <message>
        <source>Your records stay as they are; only the password that opens them changes.</source>
        <translation>Catatan Anda tetap seperti semula; hanya kata sandi untuk membukanya yang berubah.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Kata sandi sementara</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <source>Current password error</source>
        <translation>Kesalahan kata sandi saat ini</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat error</source>
        <translation>Kesalahan pengulangan kata sandi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar akun</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Mengganti kata sandi…</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Masukkan kata sandi Anda saat ini.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Kata sandi saat ini salah.</translation>
    </message>
    <message>
        <source>The temporary password is wrong.</source>
        <translation>Kata sandi sementara salah.</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>the key opens the database</source>
        <translation>kunci membuka basis data</translation>
    </message>
    <message>
        <source>every page authenticates</source>
        <translation>setiap halaman lolos pemeriksaan keaslian</translation>
    </message>
    <message>
        <source>%1 page(s) do not authenticate</source>
        <translation>%1 halaman tidak lolos pemeriksaan keaslian</translation>
    </message>
    <message>
        <source>no problem found</source>
        <translation>tidak ada masalah</translation>
    </message>
    <message>
        <source>%1 problem(s) found</source>
        <translation>ditemukan %1 masalah</translation>
    </message>
    <message>
        <source>at the newest version (%1)</source>
        <translation>versi terbaru (%1)</translation>
    </message>
    <message>
        <source>at version %1; the app expects %2</source>
        <translation>versi %1; aplikasi memerlukan %2</translation>
    </message>
    <message>
        <source>%1 entries, chain head %2</source>
        <translation>%1 entri, kode ujung rantai %2</translation>
    </message>
    <message>
        <source>broken at entry %1 (%2)</source>
        <translation>putus pada entri %1 (%2)</translation>
    </message>
    <message>
        <source>no audit trail</source>
        <translation>tidak ada jejak audit</translation>
    </message>
    <message>
        <source>%1 attached document(s), every SHA-256 matches</source>
        <translation>%1 berkas terlampir, semua SHA-256 cocok</translation>
    </message>
    <message>
        <source>%1 of %2 attached document(s) do not open or match their SHA-256 (numbers %3)</source>
        <translation>%1 dari %2 berkas terlampir tidak dapat dibuka atau SHA-256-nya tidak cocok (nomor %3)</translation>
    </message>
    <message>
        <source>%1 entries, chain head %2; latest checkpoint: entry %3 (%4), signed by %5 at %6 UTC</source>
        <translation>%1 entri, ujung rantai %2; titik periksa terakhir: entri %3 (%4), ditandatangani %5 pada %6 UTC</translation>
    </message>
    <message>
        <source>problems found: %1</source>
        <translation>masalah ditemukan: %1</translation>
    </message>
    <message>
        <source>the triggers refuse changes</source>
        <translation>pemicu menolak perubahan</translation>
    </message>
    <message>
        <source>the triggers were dropped</source>
        <translation>pemicu telah dihapus</translation>
    </message>
    <message>
        <source>%1 valid certificates under root %2</source>
        <translation>%1 sertifikat sah di bawah akar %2</translation>
    </message>
    <message>
        <source>certificate problems: %1</source>
        <translation>masalah sertifikat: %1</translation>
    </message>
    <message>
        <source>a change of the database key was interrupted after the database was re-encrypted; the next sign-in finishes it</source>
        <translation>penggantian kunci basis data terhenti setelah basis data dienkripsi ulang; masuk berikutnya akan menyelesaikannya</translation>
    </message>
    <message>
        <source>a change of the database key was interrupted before it took effect; the next sign-in cancels it and the current recovery card still works</source>
        <translation>penggantian kunci basis data terhenti sebelum berlaku; masuk berikutnya membatalkannya dan kartu pemulihan yang sekarang tetap berlaku</translation>
    </message>
    <message>
        <source>the database key was changed and its new recovery card has not been printed or saved yet: the head signs in and prints it first</source>
        <translation>kunci basis data sudah diganti dan kartu pemulihan barunya belum dicetak atau disimpan: Kepala LK3 masuk dan mencetaknya lebih dahulu</translation>
    </message>
    <message>
        <source>no new recovery card waiting to be printed</source>
        <translation>tidak ada kartu pemulihan baru yang menunggu dicetak</translation>
    </message>
    <message>
        <source>older clinical text is not sealed under its case&apos;s key yet; the next head&apos;s sign-in seals it</source>
        <translation>teks klinis lama belum dikunci dengan kunci kasusnya; proses masuk kepala berikutnya akan menguncinya</translation>
    </message>
    <message>
        <source>sealing older clinical text stopped at %1; the next head&apos;s sign-in goes on from there</source>
        <translation>penguncian teks klinis lama berhenti di %1; proses masuk kepala berikutnya melanjutkan dari sana</translation>
    </message>
    <message>
        <source>%1, TLS verified against the office CA</source>
        <translation>%1, TLS terverifikasi dengan CA kantor</translation>
    </message>
    <message>
        <source>clinical rows of %1 tables are limited per login role</source>
        <translation>baris klinis di %1 tabel dibatasi per peran login</translation>
    </message>
    <message>
        <source>no row security on: %1</source>
        <translation>tanpa keamanan baris pada: %1</translation>
    </message>
    <message>
        <source>the recovery card (both codes) signs in on this server</source>
        <translation>kartu pemulihan (kedua kode) dapat masuk ke server ini</translation>
    </message>
    <message>
        <source>the recovery card cannot sign in on this server yet: upgrade the server (lk3-desktop server upgrade), then the head signs in once</source>
        <translation>kartu pemulihan belum dapat masuk ke server ini: perbarui server (lk3-desktop server upgrade), lalu Kepala LK3 masuk sekali</translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Runs the same checks as “lk3-desktop check”: the key, the encryption of every page, the structure of the database, the schema version and the audit chain.</source>
        <translation>Menjalankan pemeriksaan yang sama dengan “lk3-desktop check”: kunci, enkripsi setiap halaman, struktur basis data, versi skema, dan rantai audit.</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Jalankan pemeriksaan</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Hasil pemeriksaan</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Ringkasan pemeriksaan</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>Kunci basis data</translation>
    </message>
    <message>
        <source>Encrypted pages</source>
        <translation>Halaman terenkripsi</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>Struktur basis data</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versi skema</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Rantai audit</translation>
    </message>
    <message>
        <source>Role certificates</source>
        <translation>Sertifikat peran</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Berkas terlampir</translation>
    </message>
    <message>
        <source>Change of the database key</source>
        <translation>Penggantian kunci basis data</translation>
    </message>
    <message>
        <source>Recovery card</source>
        <translation>Kartu pemulihan</translation>
    </message>
    <message>
        <source>Sealing of clinical text</source>
        <translation>Penguncian teks klinis</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>Server kantor</translation>
    </message>
    <message>
        <source>Row security</source>
        <translation>Keamanan baris</translation>
    </message>
    <message>
        <source>Recovery card on the server</source>
        <translation>Kartu pemulihan di server</translation>
    </message>
    <message>
        <source>Runs the same checks as “lk3-desktop check” on the office server: its TLS certificate, the schema version, the audit chain, the attached documents, the row security and the recovery card&apos;s login.</source>
        <translation>Menjalankan pemeriksaan yang sama dengan “lk3-desktop check” di server kantor: sertifikat TLS-nya, versi skema, rantai audit, dokumen terlampir, keamanan baris, dan login kartu pemulihan.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Memeriksa basis data…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>MASALAH</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Semua pemeriksaan berhasil.</translation>
    </message>
    <message>
        <source>The database is sound, but its new recovery card has not been printed or saved yet: print it now with Security &gt; Print recovery card again.</source>
        <translation>Basis data dalam keadaan baik, tetapi kartu pemulihan barunya belum dicetak atau disimpan: cetak sekarang lewat Keamanan &gt; Cetak ulang kartu pemulihan.</translation>
    </message>
    <message>
        <source>Some checks failed. Make no further changes; restore the newest backup or ask for help.</source>
        <translation>Sebagian pemeriksaan gagal. Jangan membuat perubahan lagi; pulihkan cadangan terbaru atau minta bantuan.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>an interrupted restore was completed first; the previous contents of the data folder are in %1</source>
        <translation>pemulihan yang terhenti diselesaikan lebih dahulu; isi folder data sebelumnya ada di %1</translation>
    </message>
    <message>
        <source>An interrupted setup in this folder (it held no data) was removed first.</source>
        <translation>Penyiapan yang terhenti di folder ini (belum berisi data) dihapus lebih dahulu.</translation>
    </message>
    <message>
        <source>Database created in %1</source>
        <translation>Basis data dibuat di %1</translation>
    </message>
    <message>
        <source>device key + password</source>
        <translation>kunci perangkat + kata sandi</translation>
    </message>
    <message>
        <source>password only</source>
        <translation>kata sandi saja</translation>
    </message>
    <message>
        <source>Protection: %1</source>
        <translation>Perlindungan: %1</translation>
    </message>
    <message>
        <source>Office root fingerprint: %1</source>
        <translation>Sidik akar kantor: %1</translation>
    </message>
    <message>
        <source>Office recovery key, the card&apos;s second code (opens every case after a recovery):</source>
        <translation>Kunci pemulihan kantor, kode kedua pada kartu (membuka setiap kasus setelah pemulihan):</translation>
    </message>
    <message>
        <source>Recovery code (print it on the recovery card and keep it in a safe place):</source>
        <translation>Kode pemulihan (cetak pada kartu pemulihan dan simpan di tempat aman):</translation>
    </message>
    <message>
        <source>recovery code accepted</source>
        <translation>kode pemulihan diterima</translation>
    </message>
    <message>
        <source>--username is required with --password-stdin</source>
        <translation>--username wajib diisi bersama --password-stdin</translation>
    </message>
    <message>
        <source>password opens the key slot</source>
        <translation>kata sandi membuka slot kunci</translation>
    </message>
    <message>
        <source>--expected-head takes the 16 (or 64) hexadecimal characters printed as the audit chain head</source>
        <translation>--expected-head menerima 16 (atau 64) karakter heksadesimal yang tercetak sebagai kode ujung rantai audit</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>GAGAL</translation>
    </message>
    <message>
        <source>--clients must be at least 1</source>
        <translation>--clients paling sedikit 1</translation>
    </message>
    <message>
        <source>Demo database in %1: %2 clients, %3 families, %4 cases</source>
        <translation>Basis data demo di %1: %2 klien, %3 keluarga, %4 kasus</translation>
    </message>
    <message>
        <source>Accounts (all with the password you gave): %1</source>
        <translation>Akun (semuanya dengan kata sandi yang Anda berikan): %1</translation>
    </message>
    <message>
        <source>Head account: kepala. Recovery code: %1</source>
        <translation>Akun Kepala LK3: kepala. Kode pemulihan: %1</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Cadangan ditulis dan diperiksa: %1</translation>
    </message>
    <message>
        <source>Created %1 · schema %2</source>
        <translation>Dibuat %1 · skema %2</translation>
    </message>
    <message>
        <source>Audit chain head: %1</source>
        <translation>Kode ujung rantai audit: %1</translation>
    </message>
    <message>
        <source>Export written: %1</source>
        <translation>Ekspor ditulis: %1</translation>
    </message>
    <message>
        <source>%1 records · %2 items withheld (jangan diungkap)</source>
        <translation>%1 catatan · %2 butir tidak disertakan (jangan diungkap)</translation>
    </message>
    <message>
        <source>%1 attached document(s) written to %2</source>
        <translation>%1 berkas terlampir ditulis ke %2</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>bukan tanggal (TTTT-BB-HH): %1</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>folder %1 tidak ada</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Laporan ditulis: %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bita</translation>
    </message>
    <message>
        <source>This backup is of another center or database (%1, database id %2) than the one in %3; nothing was restored. To replace this folder&apos;s data with it, run the command again with --accept-other-center.</source>
        <translation>Cadangan ini berasal dari lembaga atau basis data lain (%1, id basis data %2) daripada yang ada di %3; tidak ada yang dipulihkan. Untuk mengganti data folder ini dengan cadangan tersebut, jalankan perintah lagi dengan --accept-other-center.</translation>
    </message>
    <message>
        <source>Restored the backup of %1 into %2</source>
        <translation>Cadangan %1 dipulihkan ke %2</translation>
    </message>
    <message>
        <source>Center: %1 · database id %2</source>
        <translation>Lembaga: %1 · id basis data %2</translation>
    </message>
    <message>
        <source>This backup was of another database than the one the folder held.</source>
        <translation>Cadangan ini berasal dari basis data lain daripada yang ada di folder.</translation>
    </message>
    <message>
        <source>Audit chain head at backup time: %1</source>
        <translation>Kode ujung rantai audit saat pencadangan: %1</translation>
    </message>
    <message>
        <source>The previous contents of the data folder are kept in %1</source>
        <translation>Isi folder data sebelumnya disimpan di %1</translation>
    </message>
    <message>
        <source>Sign in with the recovery card once: the head then sets a new password for this computer.</source>
        <translation>Masuk sekali dengan kartu pemulihan: Kepala LK3 lalu membuat kata sandi baru untuk komputer ini.</translation>
    </message>
    <message>
        <source>LK3 Desktop: the encrypted case record of an LK3 office.</source>
        <translation>LK3 Desktop: catatan kasus terenkripsi untuk kantor LK3.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>tampilkan versi lalu keluar</translation>
    </message>
    <message>
        <source>data folder (lk3.db, lk3.keys)</source>
        <translation>folder data (lk3.db, lk3.keys)</translation>
    </message>
    <message>
        <source>create a new database without the GUI</source>
        <translation>membuat basis data baru tanpa tampilan jendela</translation>
    </message>
    <message>
        <source>verify the key, integrity, schema and audit chain</source>
        <translation>memeriksa kunci, keutuhan, skema, dan rantai audit</translation>
    </message>
    <message>
        <source>an audit chain head printed earlier (report, backup label): it must still be in the chain</source>
        <translation>ujung rantai audit yang tercetak sebelumnya (laporan, label cadangan): harus masih ada di dalam rantai</translation>
    </message>
    <message>
        <source>build a database of synthetic demo data</source>
        <translation>membuat basis data berisi data demo buatan</translation>
    </message>
    <message>
        <source>write a verified .lk3backup file</source>
        <translation>menulis berkas .lk3backup yang sudah diperiksa</translation>
    </message>
    <message>
        <source>backup file or folder</source>
        <translation>berkas atau folder cadangan</translation>
    </message>
    <message>
        <source>restore a .lk3backup file into a data folder</source>
        <translation>memulihkan berkas .lk3backup ke folder data</translation>
    </message>
    <message>
        <source>restore even a backup of another center or database than the folder holds</source>
        <translation>tetap memulihkan cadangan dari lembaga atau basis data lain daripada yang ada di folder</translation>
    </message>
    <message>
        <source>everything held about one client (UU PDP), as JSON or PDF</source>
        <translation>semua data tentang satu klien (UU PDP), sebagai JSON atau PDF</translation>
    </message>
    <message>
        <source>the client&apos;s number (id)</source>
        <translation>nomor (id) klien</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>berkas yang akan ditulis</translation>
    </message>
    <message>
        <source>the periodic report for Dinas Sosial as PDF, XLSX or CSV (head only)</source>
        <translation>laporan berkala untuk Dinas Sosial sebagai PDF, XLSX, atau CSV (khusus kepala)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>what this installation has (versions, plugins, credential store)</source>
        <translation>isi instalasi ini (versi, plugin, penyimpanan kredensial)</translation>
    </message>
    <message>
        <source>import an office&apos;s client register (Excel .xlsx or CSV), head only</source>
        <translation>impor buku register klien kantor (Excel .xlsx atau CSV), khusus kepala</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>lembar yang dibaca (bawaan: lembar pertama)</translation>
    </message>
    <message>
        <source>JSON file: columns and answers (see README)</source>
        <translation>berkas JSON: kolom dan jawaban (lihat README)</translation>
    </message>
    <message>
        <source>open a case (intake) for every client</source>
        <translation>buka kasus (penerimaan) untuk setiap klien</translation>
    </message>
    <message>
        <source>check every row and write nothing</source>
        <translation>periksa setiap baris tanpa menulis apa pun</translation>
    </message>
    <message>
        <source>where to write the rows not imported (.xlsx)</source>
        <translation>tempat menulis baris yang tidak diimpor (.xlsx)</translation>
    </message>
    <message>
        <source>write the mapping used, with every open question</source>
        <translation>tulis pemetaan yang dipakai, dengan setiap pertanyaan yang belum dijawab</translation>
    </message>
    <message>
        <source>import nothing when any row fails</source>
        <translation>jangan impor apa pun bila ada baris yang gagal</translation>
    </message>
    <message>
        <source>Register: %1 (sheet %2), header row(s) %3, %4 data rows (%5 blank rows and %6 repeated headers skipped)</source>
        <translation>Register: %1 (lembar %2), baris judul %3, %4 baris data (%5 baris kosong dan %6 judul berulang dilewati)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>Checked: %1 ready (%2 with a case), %3 not ready (%4 of them possible duplicates, never merged)</source>
        <translation>Diperiksa: %1 siap (%2 dengan kasus), %3 belum siap (%4 di antaranya mungkin duplikat, tidak pernah digabung)</translation>
    </message>
    <message>
        <source>Questions to answer in the mapping file (%1):</source>
        <translation>Pertanyaan yang perlu dijawab di berkas pemetaan (%1):</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 baris</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>... and %1 more (see the error workbook)</source>
        <translation>... dan %1 lagi (lihat berkas baris gagal)</translation>
    </message>
    <message>
        <source>Mapping written to %1: answer each question&apos;s &quot;code&quot; and run again.</source>
        <translation>Pemetaan ditulis ke %1: isi &quot;code&quot; setiap pertanyaan, lalu jalankan lagi.</translation>
    </message>
    <message>
        <source>Rows not imported written to %1: fix them and import that file.</source>
        <translation>Baris yang tidak diimpor ditulis ke %1: perbaiki, lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written to the database.</source>
        <translation>Uji coba: tidak ada yang ditulis ke basis data.</translation>
    </message>
    <message>
        <source>Imported %1 clients and %2 cases in one transaction (audit run %3).</source>
        <translation>%1 klien dan %2 kasus diimpor dalam satu transaksi (jejak audit %3).</translation>
    </message>
    <message>
        <source>set PGPASSWORD to the server superuser&apos;s password</source>
        <translation>isi PGPASSWORD dengan kata sandi superuser server</translation>
    </message>
    <message>
        <source>Office database %1 created on %2:%3</source>
        <translation>Basis data kantor %1 dibuat di %2:%3</translation>
    </message>
    <message>
        <source>TLS certificate for: %1 (office CA in the enrollment)</source>
        <translation>Sertifikat TLS untuk: %1 (CA kantor ada di berkas pendaftaran)</translation>
    </message>
    <message>
        <source>Enrollment file (no secrets): %1</source>
        <translation>Berkas pendaftaran (tanpa rahasia): %1</translation>
    </message>
    <message>
        <source>Failed logins: delayed by the server (auth_delay)</source>
        <translation>Login gagal: ditunda oleh server (auth_delay)</translation>
    </message>
    <message>
        <source>Failed logins: the server delays them after its next restart (auth_delay)</source>
        <translation>Login gagal: server menundanya setelah dinyalakan ulang (auth_delay)</translation>
    </message>
    <message>
        <source>Encrypted volume: NOT VERIFIED (%1).</source>
        <translation>Volume terenkripsi: TIDAK TERVERIFIKASI (%1).</translation>
    </message>
    <message>
        <source>Put the server&apos;s data on an encrypted volume (LUKS, BitLocker).</source>
        <translation>Simpan data server di volume terenkripsi (LUKS, BitLocker).</translation>
    </message>
    <message>
        <source>Encrypted volume: yes (%1)</source>
        <translation>Volume terenkripsi: ya (%1)</translation>
    </message>
    <message>
        <source>Encrypted volume: NO (%1).</source>
        <translation>Volume terenkripsi: TIDAK (%1).</translation>
    </message>
    <message>
        <source>Names and identifiers are readable on this disk: move the data to LUKS.</source>
        <translation>Nama dan nomor identitas terbaca di disk ini: pindahkan data ke LUKS.</translation>
    </message>
    <message>
        <source>%1 is enrolled with the office server %2:%3 (database %4)</source>
        <translation>%1 terdaftar pada server kantor %2:%3 (basis data %4)</translation>
    </message>
    <message>
        <source>Office database %1 upgraded from revision %2</source>
        <translation>Basis data kantor %1 diperbarui dari revisi %2</translation>
    </message>
    <message>
        <source>Moved to %1:%2/%3:</source>
        <translation>Dipindahkan ke %1:%2/%3:</translation>
    </message>
    <message>
        <source>rows (equal on both)</source>
        <translation>baris (sama di keduanya)</translation>
    </message>
    <message>
        <source>Audit chain verified on the server: %1 entries, head %2</source>
        <translation>Rantai audit terverifikasi di server: %1 entri, ujung %2</translation>
    </message>
    <message>
        <source>Letters: %1 stored PDFs, each with its hash unchanged</source>
        <translation>Surat: %1 PDF tersimpan, masing-masing dengan hash yang tidak berubah</translation>
    </message>
    <message>
        <source>Enrollment file rewritten for the office&apos;s database id: %1</source>
        <translation>Berkas pendaftaran ditulis ulang untuk id basis data kantor: %1</translation>
    </message>
    <message>
        <source>Enroll every workstation from this file (lk3-desktop server enroll).</source>
        <translation>Daftarkan setiap komputer dengan berkas ini (lk3-desktop server enroll).</translation>
    </message>
    <message>
        <source>Temporary passwords (each person replaces theirs at the first sign-in):</source>
        <translation>Kata sandi sementara (setiap orang menggantinya saat pertama masuk):</translation>
    </message>
    <message>
        <source>The data folder %1 was not changed; keep it as a backup.</source>
        <translation>Folder data %1 tidak diubah; simpan sebagai cadangan.</translation>
    </message>
    <message>
        <source>office server mode (PostgreSQL)</source>
        <translation>mode server kantor (PostgreSQL)</translation>
    </message>
    <message>
        <source>make the office&apos;s database on a PostgreSQL server</source>
        <translation>buat basis data kantor di server PostgreSQL</translation>
    </message>
    <message>
        <source>the name or address workstations use</source>
        <translation>nama atau alamat yang dipakai komputer kantor</translation>
    </message>
    <message>
        <source>its password from PGPASSWORD</source>
        <translation>kata sandinya dari PGPASSWORD</translation>
    </message>
    <message>
        <source>another name or address of the server (repeat)</source>
        <translation>nama atau alamat lain server (boleh diulang)</translation>
    </message>
    <message>
        <source>make a data folder this workstation&apos;s profile</source>
        <translation>jadikan folder data sebagai profil komputer ini</translation>
    </message>
    <message>
        <source>bring the server&apos;s database to this program&apos;s schema (superuser)</source>
        <translation>perbarui basis data server ke skema program ini (superuser)</translation>
    </message>
    <message>
        <source>move an office from this computer onto the office server</source>
        <translation>pindahkan kantor dari komputer ini ke server kantor</translation>
    </message>
    <message>
        <source>the embedded office</source>
        <translation>kantor di komputer ini</translation>
    </message>
    <message>
        <source>a head of the embedded office</source>
        <translation>kepala kantor di komputer ini</translation>
    </message>
    <message>
        <source>the server&apos;s superuser (password: PGPASSWORD)</source>
        <translation>superuser server (kata sandi: PGPASSWORD)</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Saving message</source>
        <translation>Pesan penyimpanan</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the client&apos;s data</source>
        <translation>Simpan data klien</translation>
    </message>
    <message>
        <source>Leave the form (asks first when something was typed)</source>
        <translation>Tinggalkan formulir (bertanya dulu bila ada yang sudah diketik)</translation>
    </message>
    <message>
        <source>Register client</source>
        <translation>Daftarkan klien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>This record was anonymised on %1 and is kept only for statistics; it cannot be changed.</source>
        <translation>Data klien ini dianonimkan pada %1 dan hanya disimpan untuk statistik; data ini tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Discard the changes to this client? What was typed will be lost.</source>
        <translation>Buang perubahan pada data klien ini? Semua yang sudah diketik akan hilang.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut mengedit</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Choose photo</source>
        <translation>Pilih foto</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Gambar (%1)</translation>
    </message>
    <message>
        <source>Client identity</source>
        <translation>Identitas klien</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Nama panggilan</translation>
    </message>
    <message>
        <source>Nickname, e.g. Ita</source>
        <translation>Nama panggilan, misalnya Ita</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Unknown: give an estimated age</source>
        <translation>Tidak diketahui: isi perkiraan usia</translation>
    </message>
    <message>
        <source>Date of birth unknown</source>
        <translation>Tanggal lahir tidak diketahui</translation>
    </message>
    <message>
        <source>Estimated age in years</source>
        <translation>Perkiraan usia dalam tahun</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>Date of birth message</source>
        <translation>Pesan tanggal lahir</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 digits, from the KTP or KK</source>
        <translation>16 angka, dari KTP atau KK</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Agama</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <source>Kind of disability</source>
        <translation>Ragam disabilitas</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <source>Disability, in words</source>
        <translation>Keterangan disabilitas</translation>
    </message>
    <message>
        <source>Leave empty if none</source>
        <translation>Kosongkan bila tidak ada</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Bahasa sehari-hari</translation>
    </message>
    <message>
        <source>e.g. Indonesia, Sunda, Jawa Banten</source>
        <translation>misalnya Indonesia, Sunda, Jawa Banten</translation>
    </message>
    <message>
        <source>Contact and address</source>
        <translation>Kontak dan alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>e.g. 0812-3456-7890</source>
        <translation>misalnya 0812-3456-7890</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Jalan dan nomor rumah</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT/RW message</source>
        <translation>Pesan RT/RW</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency/City</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village (desa/kelurahan)</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Ketik sebagian nama</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Orang tua atau wali</translation>
    </message>
    <message>
        <source>The client is under 18: record the parent or guardian (UU PDP art. 25).</source>
        <translation>Klien berusia di bawah 18 tahun: catat orang tua atau walinya (UU PDP Pasal 25).</translation>
    </message>
    <message>
        <source>Name of parent or guardian</source>
        <translation>Nama orang tua atau wali</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship to the client</source>
        <translation>Hubungan dengan klien</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Phone of parent or guardian</source>
        <translation>Telepon orang tua atau wali</translation>
    </message>
    <message>
        <source>Photo (optional)</source>
        <translation>Foto (boleh dikosongkan)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Pilih foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <source>Photo message</source>
        <translation>Pesan foto</translation>
    </message>
    <message>
        <source>Choose one name from the list.</source>
        <translation>Pilih satu nama dari daftar.</translation>
    </message>
    <message>
        <source>Write the date as day-month-year, e.g. 17-08-1985.</source>
        <translation>Tulis tanggal sebagai hari-bulan-tahun, misalnya 17-08-1985.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>Tanggal lahir tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Usia: %1</translation>
    </message>
    <message>
        <source>%1 of 16 digits</source>
        <translation>%1 dari 16 angka</translation>
    </message>
    <message>
        <source>You can still save it with a reason.</source>
        <translation>Anda tetap dapat menyimpannya dengan menuliskan alasan.</translation>
    </message>
    <message>
        <source>The NIK is valid.</source>
        <translation>NIK valid.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Disimpan sebagai %1</translation>
    </message>
    <message>
        <source>%1: digits only, at most 3.</source>
        <translation>%1: hanya angka, paling banyak 3.</translation>
    </message>
    <message>
        <source>This file is not an image that can be read.</source>
        <translation>Berkas ini bukan gambar yang dapat dibaca.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Tanpa foto</translation>
    </message>
</context>
<context>
    <name>ClientForms</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (wajib diisi)</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Pilih dari kalender</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex/Age</source>
        <translation>JK/Usia</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Regency/City</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Reg. number</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>usia %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Persetujuan tercatat</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Tanpa persetujuan</translation>
    </message>
    <message>
        <source>Names are hidden on this screen. Select the row to see it.</source>
        <translation>Nama disembunyikan di layar ini. Pilih barisnya untuk melihat nama.</translation>
    </message>
    <message>
        <source>High risk: no action recorded yet for an open risk flag.</source>
        <translation>Risiko tinggi: belum ada tindakan tercatat untuk tanda risiko yang terbuka.</translation>
    </message>
    <message>
        <source>%1 (called %2)</source>
        <translation>%1 (dipanggil %2)</translation>
    </message>
    <message>
        <source>No consent to services is recorded for this client.</source>
        <translation>Belum ada persetujuan layanan yang tercatat untuk klien ini.</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Klik untuk mengurutkan menurut kolom ini</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Client list</source>
        <translation>Daftar klien</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Number of clients found</source>
        <translation>Jumlah klien yang ditemukan</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Klien baru</translation>
    </message>
    <message>
        <source>Register a new client (Ctrl+N)</source>
        <translation>Daftarkan klien baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Cari klien</translation>
    </message>
    <message>
        <source>Search by name, NIK, phone, KK, registration number or address</source>
        <translation>Cari menurut nama, NIK, telepon, KK, nomor registrasi, atau alamat</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>All counselors</source>
        <translation>Semua konselor</translation>
    </message>
    <message>
        <source>PPKS category (formerly PMKS)</source>
        <translation>Kategori PPKS (d/h PMKS)</translation>
    </message>
    <message>
        <source>All PPKS</source>
        <translation>Semua PPKS</translation>
    </message>
    <message>
        <source>Regency/City</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>All regencies/cities</source>
        <translation>Semua kabupaten/kota</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Status kasus</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Semua klien</translation>
    </message>
    <message>
        <source>Case active</source>
        <translation>Kasus aktif</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Kasus selesai</translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation>Belum ada kasus</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risiko tinggi</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Semua tingkat risiko</translation>
    </message>
    <message>
        <source>High risk: flag open</source>
        <translation>Risiko tinggi: tanda terbuka</translation>
    </message>
    <message numerus="yes">
        <source>High risk in the last %n month(s)</source>
        <translation>
            <numerusform>Risiko tinggi dalam %n bulan terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Atur ulang saringan</translation>
    </message>
    <message>
        <source>Client list error</source>
        <translation>Kesalahan daftar klien</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 ditemukan</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 klien</translation>
    </message>
    <message>
        <source>No client matches. Check the spelling or the filters, or register a new client (Ctrl+N).</source>
        <translation>Tidak ada klien yang cocok. Periksa ejaan atau saringan, atau daftarkan klien baru (Ctrl+N).</translation>
    </message>
    <message>
        <source>No client is registered yet. Register the first one (Ctrl+N).</source>
        <translation>Belum ada klien yang terdaftar. Daftarkan klien pertama (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>age about %1</source>
        <translation>usia sekitar %1</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>usia %1</translation>
    </message>
    <message>
        <source>Client page</source>
        <translation>Halaman klien</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Catatan klien</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Berkas terlampir</translation>
    </message>
    <message>
        <source>‹ Client list</source>
        <translation>‹ Daftar klien</translation>
    </message>
    <message>
        <source>Back to the client list</source>
        <translation>Kembali ke daftar klien</translation>
    </message>
    <message>
        <source>PPKS categories (formerly PMKS)</source>
        <translation>Kategori PPKS (d/h PMKS)</translation>
    </message>
    <message>
        <source>Consent warning</source>
        <translation>Peringatan persetujuan</translation>
    </message>
    <message>
        <source>⚠ Without consent: no consent to services is recorded for this client.</source>
        <translation>⚠ Tanpa persetujuan: belum ada persetujuan layanan yang tercatat untuk klien ini.</translation>
    </message>
    <message>
        <source>Merge the record of %1 into this record of %2?

The cases, consents, family memberships, PPKS categories, attached documents and “jangan diungkap” marks of %1 move here; its NIK, KK number, phone and date of birth fill in what this record lacks. The other record is kept only as merged, for the audit trail, and no longer appears in the list. This cannot be undone.</source>
        <translation>Gabungkan catatan %1 ke catatan %2 ini?

Kasus, persetujuan, keanggotaan keluarga, kategori PPKS, berkas terlampir, dan tanda “jangan diungkap” milik %1 dipindahkan ke sini; NIK, nomor KK, telepon, dan tanggal lahirnya mengisi data yang belum ada di catatan ini. Catatan yang lain hanya disimpan dengan tanda sudah digabungkan, untuk jejak audit, dan tidak lagi tampil di daftar. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Gabungkan dengan…</translation>
    </message>
    <message>
        <source>Merge with another record</source>
        <translation>Gabungkan dengan catatan lain</translation>
    </message>
    <message>
        <source>Join a second record of the same person into this one (head only)</source>
        <translation>Gabungkan catatan kedua dari orang yang sama ke catatan ini (khusus Kepala LK3)</translation>
    </message>
    <message>
        <source>Opening the client…</source>
        <translation>Membuka data klien…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>called %1</source>
        <translation>dipanggil %1</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>no counselor assigned yet</source>
        <translation>belum ada konselor</translation>
    </message>
    <message>
        <source>Case %1 · %2 · Counselor: %3</source>
        <translation>Kasus %1 · %2 · Konselor: %3</translation>
    </message>
    <message>
        <source>%1 cases in all</source>
        <translation>seluruhnya %1 kasus</translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation>Belum ada kasus</translation>
    </message>
    <message>
        <source>Find the second record of %1. It is merged into this record, which is kept.</source>
        <translation>Cari catatan kedua milik %1. Catatan itu digabungkan ke catatan ini, yang tetap dipertahankan.</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Lanjutkan…</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Gabungkan catatan</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Search for a registered client</source>
        <translation>Cari klien yang sudah terdaftar</translation>
    </message>
    <message>
        <source>Type a name, NIK or phone number</source>
        <translation>Ketik nama, NIK, atau nomor telepon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex/Age</source>
        <translation>JK/Usia</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Regency/City</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Klien yang cocok</translation>
    </message>
    <message>
        <source>Search message</source>
        <translation>Pesan pencarian</translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation>Menampilkan %1 yang pertama.</translation>
    </message>
    <message>
        <source>No registered client matches.</source>
        <translation>Tidak ada klien terdaftar yang cocok.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Register a new client</source>
        <translation>Daftarkan klien baru</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Klien baru</translation>
    </message>
</context>
<context>
    <name>ClinicalDialog</name>
    <message>
        <source>Change clinical data</source>
        <translation>Ubah data klinis</translation>
    </message>
    <message>
        <source>Presenting problem</source>
        <translation>Masalah utama</translation>
    </message>
    <message>
        <source>Problem areas</source>
        <translation>Bidang masalah</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgensi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>ColumnsModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Contoh isi</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Diimpor sebagai</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Each column was matched to a field by its header. Check the examples and change what is wrong; a column set to “(not imported)” is left out.</source>
        <translation>Setiap kolom dicocokkan dengan isian menurut judulnya. Periksa contoh isinya dan ubah yang keliru; kolom “(tidak diimpor)” dilewati.</translation>
    </message>
    <message>
        <source>Columns of the register</source>
        <translation>Kolom register</translation>
    </message>
    <message>
        <source>%1 data rows; header in row %2; %3 blank rows and %4 repeated headers skipped.</source>
        <translation>%1 baris data; judul kolom di baris %2; %3 baris kosong dan %4 judul berulang dilewati.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Memeriksa setiap baris…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Catat persetujuan</translation>
    </message>
    <message>
        <source>The client is a child: consent is given by a parent or guardian (UU PDP art. 25).</source>
        <translation>Klien masih anak: persetujuan diberikan oleh orang tua atau wali (UU PDP Pasal 25).</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Diberikan oleh</translation>
    </message>
    <message>
        <source>Name of the person who consented</source>
        <translation>Nama orang yang memberi persetujuan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Scope of the consent</source>
        <translation>Cakupan persetujuan</translation>
    </message>
    <message>
        <source>e.g. family counseling, assessment, and referral when needed</source>
        <translation>misalnya konseling keluarga, asesmen, dan rujukan bila diperlukan</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Consent message</source>
        <translation>Pesan persetujuan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent to services</source>
        <translation>Persetujuan layanan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Diberikan oleh</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Catat persetujuan…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Catat persetujuan</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Cabut…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Cabut persetujuan</translation>
    </message>
    <message>
        <source>Signed form…</source>
        <translation>Formulir bertanda tangan…</translation>
    </message>
    <message>
        <source>The consent form signed on paper</source>
        <translation>Formulir persetujuan yang ditandatangani di kertas</translation>
    </message>
    <message>
        <source>Attach or open the scan of the consent form the client signed on paper</source>
        <translation>Lampirkan atau buka pindaian formulir persetujuan yang ditandatangani klien di kertas</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Dicabut %1</translation>
    </message>
    <message>
        <source>Consent can be recorded once the client is saved.</source>
        <translation>Persetujuan dapat dicatat setelah data klien disimpan.</translation>
    </message>
    <message>
        <source>Consent to services is recorded.</source>
        <translation>Persetujuan layanan sudah tercatat.</translation>
    </message>
    <message>
        <source>No consent to services is recorded yet.</source>
        <translation>Belum ada persetujuan layanan yang tercatat.</translation>
    </message>
    <message>
        <source>Consent of %1: the signed form</source>
        <translation>Persetujuan %1: formulir bertanda tangan</translation>
    </message>
    <message>
        <source>Record that this consent is withdrawn as of today? The record of the consent stays; services that need consent should stop until a new one is recorded.</source>
        <translation>Catat bahwa persetujuan ini dicabut mulai hari ini? Catatan persetujuan tetap tersimpan; layanan yang memerlukan persetujuan sebaiknya dihentikan sampai persetujuan baru dicatat.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>(could not be written)</source>
        <translation>(tidak dapat ditulis)</translation>
    </message>
    <message>
        <source>LK3 Desktop: unexpected error</source>
        <translation>LK3 Desktop: kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong inside LK3 Desktop. What was already saved is safe. A report without personal data was written to:
{path}

Please give this file to whoever supports the application. If the window behaves oddly now, close LK3 Desktop and open it again.</source>
        <translation>Terjadi kesalahan di dalam LK3 Desktop. Data yang sudah tersimpan tetap aman. Laporan tanpa data pribadi telah ditulis ke:
{path}

Berikan berkas ini kepada pihak yang mendukung aplikasi. Jika jendela kini berperilaku aneh, tutup LK3 Desktop lalu buka kembali.</translation>
    </message>
</context>
<context>
    <name>CreateFamilyDialog</name>
    <message>
        <source>Create family</source>
        <translation>Buat keluarga</translation>
    </message>
    <message>
        <source>%1 becomes the first member of the new family.</source>
        <translation>%1 menjadi anggota pertama keluarga baru ini.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nama keluarga</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>Keluarga %1</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>16 digits (optional)</source>
        <translation>16 angka (boleh dikosongkan)</translation>
    </message>
    <message>
        <source>Relationship to the head of family</source>
        <translation>Hubungan dengan kepala keluarga</translation>
    </message>
    <message>
        <source>Relationship to the head</source>
        <translation>Hubungan dengan kepala keluarga</translation>
    </message>
    <message>
        <source>Lives in the same house</source>
        <translation>Tinggal serumah</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut mengedit</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Hapus draf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>How referral letters and the periodic report look. Letters already signed keep the form they were issued in.</source>
        <translation>Bentuk surat rujukan dan laporan periodik. Surat yang sudah ditandatangani tetap dalam bentuk saat diterbitkan.</translation>
    </message>
    <message>
        <source>Head of the center and letterhead</source>
        <translation>Pimpinan LK3 dan kop surat</translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation>Sebutan pimpinan</translation>
    </message>
    <message>
        <source>Kepala (the LK3 is run by the Dinas)</source>
        <translation>Kepala (LK3 dijalankan oleh Dinas)</translation>
    </message>
    <message>
        <source>Ketua (the LK3 is run by the community)</source>
        <translation>Ketua (LK3 berbasis masyarakat)</translation>
    </message>
    <message>
        <source>Parent agency lines of the letterhead</source>
        <translation>Baris instansi induk pada kop surat</translation>
    </message>
    <message>
        <source>One per line, above the center&apos;s name, e.g.
PEMERINTAH KOTA SERANG</source>
        <translation>Satu per baris, di atas nama lembaga, misalnya:
PEMERINTAH KOTA SERANG</translation>
    </message>
    <message>
        <source>Parent agency lines</source>
        <translation>Baris instansi induk</translation>
    </message>
    <message>
        <source>City line of the letterhead</source>
        <translation>Baris kota pada kop surat</translation>
    </message>
    <message>
        <source>e.g. SERANG; leave empty for none</source>
        <translation>misalnya SERANG; kosongkan bila tidak ada</translation>
    </message>
    <message>
        <source>City line</source>
        <translation>Baris kota</translation>
    </message>
    <message>
        <source>Referral letters</source>
        <translation>Surat rujukan</translation>
    </message>
    <message>
        <source>Write “di Tempat” under the addressee (the older form)</source>
        <translation>Tulis “di Tempat” di bawah alamat tujuan (bentuk lama)</translation>
    </message>
    <message>
        <source>Write di Tempat under the addressee</source>
        <translation>Tulis di Tempat di bawah alamat tujuan</translation>
    </message>
    <message>
        <source>Periodic report for the Dinas Sosial</source>
        <translation>Laporan periodik untuk Dinas Sosial</translation>
    </message>
    <message>
        <source>The report goes to</source>
        <translation>Laporan ditujukan kepada</translation>
    </message>
    <message>
        <source>Dinas Sosial of the regency or city</source>
        <translation>Dinas Sosial Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Dinas Sosial of the province</source>
        <translation>Dinas Sosial Provinsi</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Ditujukan kepada</translation>
    </message>
    <message>
        <source>Addressee as printed</source>
        <translation>Tujuan yang dicetak</translation>
    </message>
    <message>
        <source>Leave empty for “Kepala Dinas Sosial” and the region of the profile</source>
        <translation>Kosongkan untuk “Kepala Dinas Sosial” dan wilayah pada profil lembaga</translation>
    </message>
    <message>
        <source>Copies of the report to</source>
        <translation>Tembusan laporan</translation>
    </message>
    <message>
        <source>One per line, e.g.
Kepala Dinas Sosial Provinsi Banten</source>
        <translation>Satu per baris, misalnya:
Kepala Dinas Sosial Provinsi Banten</translation>
    </message>
    <message>
        <source>Copies to (tembusan)</source>
        <translation>Tembusan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the document settings</source>
        <translation>Simpan pengaturan dokumen</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Document settings status</source>
        <translation>Status pengaturan dokumen</translation>
    </message>
    <message>
        <source>Save the settings of official documents</source>
        <translation>Simpan pengaturan dokumen resmi</translation>
    </message>
    <message>
        <source>Saved. Screens opened from now on name the head “%1”.</source>
        <translation>Tersimpan. Layar yang dibuka sesudah ini menyebut pimpinan “%1”.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>Sudah diimpor</translation>
    </message>
    <message>
        <source>Save the rows not imported…</source>
        <translation>Simpan baris yang tidak diimpor…</translation>
    </message>
    <message>
        <source>Save the rows not imported as a workbook</source>
        <translation>Simpan baris yang tidak diimpor sebagai berkas Excel</translation>
    </message>
    <message>
        <source>Workbook saved</source>
        <translation>Berkas tersimpan</translation>
    </message>
    <message>
        <source>%1 clients and %2 cases were imported.</source>
        <translation>%1 klien dan %2 kasus sudah diimpor.</translation>
    </message>
    <message>
        <source>%1 rows were not imported: fix them in the workbook of the rows not imported and import it.</source>
        <translation>%1 baris tidak diimpor: perbaiki di berkas baris gagal, lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>The import is in the audit trail. Keep the register file in a locked place, or delete it: it is not encrypted.</source>
        <translation>Impor ini tercatat di jejak audit. Simpan berkas register di tempat terkunci, atau hapus: berkas itu tidak terenkripsi.</translation>
    </message>
</context>
<context>
    <name>DraftAutosave</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Saving draft…</source>
        <translation>Menyimpan draf…</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Draf tersimpan pukul %1</translation>
    </message>
    <message>
        <source>Draft not saved: %1</source>
        <translation>Draf tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>Kept on this computer %1; sent when the server answers</source>
        <translation>Disimpan di komputer ini %1; dikirim saat server menjawab</translation>
    </message>
</context>
<context>
    <name>DraftRecordForm</name>
    <message>
        <source>Save draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save and sign…</source>
        <translation>Simpan dan tandatangani…</translation>
    </message>
    <message>
        <source>Save and sign</source>
        <translation>Simpan dan tandatangani</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <source>Unsaved session notes</source>
        <translation>Catatan sesi yang belum disimpan</translation>
    </message>
    <message>
        <source>These notes were being written when LK3 Desktop last stopped, and were never saved. Their text was kept as a draft: continue writing, save them as they are, or throw them away.</source>
        <translation>Catatan ini sedang ditulis saat LK3 Desktop terakhir berhenti, dan belum pernah disimpan. Teksnya disimpan sebagai draf: lanjutkan menulis, simpan apa adanya, atau buang.</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Catatan yang belum disimpan</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Tanggal sesi</translation>
    </message>
    <message>
        <source>Last typed</source>
        <translation>Terakhir diketik</translation>
    </message>
    <message>
        <source>Draft message</source>
        <translation>Pesan draf</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Lanjutkan menulis</translation>
    </message>
    <message>
        <source>Save as it is</source>
        <translation>Simpan apa adanya</translation>
    </message>
    <message>
        <source>Throw away…</source>
        <translation>Buang…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <source>Keep the drafts; they are offered again next time.</source>
        <translation>Simpan drafnya; draf akan ditawarkan lagi lain kali.</translation>
    </message>
    <message>
        <source>Drafts you keep are offered again at the next sign-in.</source>
        <translation>Draf yang Anda simpan akan ditawarkan lagi saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>Changes to a saved note</source>
        <translation>Perubahan pada catatan yang sudah disimpan</translation>
    </message>
    <message>
        <source>It cannot be saved as it is: %1 Continue writing to fix it.</source>
        <translation>Catatan ini tidak dapat disimpan apa adanya: %1 Lanjutkan menulis untuk memperbaikinya.</translation>
    </message>
    <message>
        <source>Throw away the draft</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <source>Throw away what was typed for %1? This cannot be undone.</source>
        <translation>Buang yang sudah diketik untuk %1? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Buang</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Same NIK</source>
        <translation>NIK sama</translation>
    </message>
    <message>
        <source>Same name and date of birth</source>
        <translation>Nama dan tanggal lahir sama</translation>
    </message>
    <message>
        <source>Possibly already registered</source>
        <translation>Mungkin sudah terdaftar</translation>
    </message>
    <message>
        <source>This person may already be registered. Open the existing record instead of making a second one, unless it is really someone else.</source>
        <translation>Orang ini mungkin sudah terdaftar. Buka catatan yang sudah ada alih-alih membuat catatan kedua, kecuali memang orang yang berbeda.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Similar clients</source>
        <translation>Klien yang mirip</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Buka catatan yang sudah ada</translation>
    </message>
    <message>
        <source>This is a different person, save</source>
        <translation>Ini orang lain, simpan</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Kembali ke formulir</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>%1: yours “%2”, saved “%3”</source>
        <translation>%1: ketikan Anda “%2”, tersimpan “%3”</translation>
    </message>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Sudah disimpan orang lain</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>Simpan versi saya</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut mengedit</translation>
    </message>
</context>
<context>
    <name>EnclosureDialog</name>
    <message>
        <source>Documents to go with the letter</source>
        <translation>Dokumen yang disertakan dengan surat</translation>
    </message>
    <message>
        <source>Tick the attached documents to send with the letter. The letter lists them under Lampiran after the lines typed in the form, and “Save package” puts them behind the issued letter in one PDF. Documents marked “jangan diungkap” are not offered.</source>
        <translation>Centang berkas terlampir yang dikirim bersama surat. Surat mencantumkannya di Lampiran sesudah baris yang diketik di formulir, dan “Simpan paket” menaruhnya di belakang surat yang sudah terbit dalam satu PDF. Dokumen yang ditandai “jangan diungkap” tidak ditawarkan.</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Berkas terlampir</translation>
    </message>
    <message>
        <source>The client has no attached documents yet.</source>
        <translation>Klien belum memiliki berkas terlampir.</translation>
    </message>
    <message>
        <source>Enclosure message</source>
        <translation>Pesan lampiran surat</translation>
    </message>
</context>
<context>
    <name>FailedRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>Alasan tidak diimpor</translation>
    </message>
</context>
<context>
    <name>FamilyPanel</name>
    <message>
        <source>KK %1</source>
        <translation>KK %1</translation>
    </message>
    <message>
        <source>No KK number recorded</source>
        <translation>Nomor KK belum dicatat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Lives together</source>
        <translation>Serumah</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Open this client&apos;s page</source>
        <translation>Buka halaman klien ini</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Anggota keluarga</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Tambah anggota…</translation>
    </message>
    <message>
        <source>Change member…</source>
        <translation>Ubah anggota…</translation>
    </message>
    <message>
        <source>Remove member…</source>
        <translation>Keluarkan anggota…</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Buka klien</translation>
    </message>
    <message>
        <source>This client</source>
        <translation>Klien ini</translation>
    </message>
    <message>
        <source>Open client ›</source>
        <translation>Buka klien ›</translation>
    </message>
    <message>
        <source>Remove family member</source>
        <translation>Keluarkan anggota keluarga</translation>
    </message>
    <message>
        <source>Remove %1 from %2? A client record of this person stays; only the membership of this family ends.</source>
        <translation>Keluarkan %1 dari %2? Catatan klien orang ini tetap ada; hanya keanggotaannya dalam keluarga ini yang berakhir.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Keluarkan anggota</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <source>This client is not recorded in a family yet. Create the family (household) and add its members, or add this client to a family from the page of a family member who is already registered.</source>
        <translation>Klien ini belum tercatat dalam keluarga. Buat keluarga (rumah tangga) lalu tambahkan anggotanya, atau tambahkan klien ini ke keluarga dari halaman anggota keluarga yang sudah terdaftar.</translation>
    </message>
    <message>
        <source>Create family…</source>
        <translation>Buat keluarga…</translation>
    </message>
    <message>
        <source>Create family</source>
        <translation>Buat keluarga</translation>
    </message>
    <message>
        <source>Create another family…</source>
        <translation>Buat keluarga lain…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>Imported as</source>
        <translation>Diimpor sebagai</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Register file</source>
        <translation>Berkas register</translation>
    </message>
    <message>
        <source>Choose the office&apos;s Excel workbook (.xlsx) or CSV file. Nothing is saved until the last step.</source>
        <translation>Pilih buku kerja Excel (.xlsx) atau berkas CSV kantor. Belum ada yang disimpan sampai langkah terakhir.</translation>
    </message>
    <message>
        <source>e.g. Buku register 2024.xlsx</source>
        <translation>misalnya Buku register 2024.xlsx</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Choose the register file</source>
        <translation>Pilih berkas register</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Open a case (intake) for every client</source>
        <translation>Buka kasus (penerimaan) untuk setiap klien</translation>
    </message>
    <message>
        <source>Open a case for every client</source>
        <translation>Buka kasus untuk setiap klien</translation>
    </message>
    <message>
        <source>With cases, the register&apos;s date of first visit, counselor and referral source are used, and its problem text becomes the presenting problem; problem areas and PPKS categories are read from that text.</source>
        <translation>Bila kasus dibuka, tanggal datang, konselor dan sumber rujukan dari register dipakai, dan teks permasalahannya menjadi masalah yang disampaikan; area masalah dan kategori PPKS dibaca dari teks itu.</translation>
    </message>
    <message>
        <source>The register file itself is not encrypted. After the import, keep it in a locked place or delete it.</source>
        <translation>Berkas register itu sendiri tidak terenkripsi. Sesudah impor, simpan di tempat terkunci atau hapus.</translation>
    </message>
    <message>
        <source>Choose the register</source>
        <translation>Pilih register</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Register (*.xlsx *.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Membuka berkas…</translation>
    </message>
    <message>
        <source>(CSV: one table)</source>
        <translation>(CSV: satu tabel)</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Membaca register…</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Recovery card</source>
        <translation>Kartu pemulihan</translation>
    </message>
    <message>
        <source>The encrypted database is being created on this computer.</source>
        <translation>Basis data terenkripsi sedang dibuat di komputer ini.</translation>
    </message>
    <message>
        <source>Setup error</source>
        <translation>Kesalahan penyiapan</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Perlindungan data</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>With this code the data opens on any computer, even when every password is forgotten. Print the card or save it as PDF, and keep it locked away from the computer: whoever holds the card can open the data.</source>
        <translation>Dengan kode ini data dapat dibuka di komputer mana pun, walaupun semua kata sandi terlupa. Cetak kartunya atau simpan sebagai PDF, lalu simpan di tempat terkunci, terpisah dari komputer: siapa pun yang memegang kartu ini dapat membuka data.</translation>
    </message>
    <message>
        <source>If the card is lost and every password is forgotten, the data is lost for good. Nobody can open it then, not even the makers of LK3 Desktop.</source>
        <translation>Jika kartu hilang dan semua kata sandi terlupa, data hilang untuk selamanya. Tidak ada yang dapat membukanya lagi, termasuk pembuat LK3 Desktop.</translation>
    </message>
    <message>
        <source>Save as PDF or print…</source>
        <translation>Simpan PDF atau cetak…</translation>
    </message>
    <message>
        <source>Save or print the recovery card</source>
        <translation>Simpan atau cetak kartu pemulihan</translation>
    </message>
    <message>
        <source>I have saved/printed the recovery card and keep it in a safe place</source>
        <translation>Saya sudah menyimpan/mencetak kartu pemulihan di tempat aman</translation>
    </message>
    <message>
        <source>The office server is ready. One step is left.</source>
        <translation>Server kantor sudah siap. Tinggal satu langkah lagi.</translation>
    </message>
    <message>
        <source>The office&apos;s data: database %3 on the server %1, port %2.</source>
        <translation>Data kantor: basis data %3 di server %1, port %2.</translation>
    </message>
    <message>
        <source>Put the server&apos;s data on an encrypted volume (LUKS, BitLocker).</source>
        <translation>Simpan data server di volume terenkripsi (LUKS, BitLocker).</translation>
    </message>
    <message>
        <source>This computer is enrolled with it. Every other computer of the office joins with the enrollment file (Gabung ke server kantor…); it holds no password.</source>
        <translation>Komputer ini sudah terdaftar di server itu. Setiap komputer lain di kantor bergabung dengan berkas pendaftaran (Gabung ke server kantor…); berkas itu tidak memuat kata sandi.</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Membuat basis data terenkripsi…</translation>
    </message>
    <message>
        <source>The database has been created. One step is left.</source>
        <translation>Basis data sudah dibuat. Tinggal satu langkah lagi.</translation>
    </message>
    <message>
        <source>Data protection: {mode}</source>
        <translation>Perlindungan data: {mode}</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa tampilan</translation>
    </message>
    <message>
        <source>The new language is used after LK3 Desktop is restarted. Official documents are always in Indonesian.</source>
        <translation>Bahasa baru dipakai setelah LK3 Desktop dibuka ulang. Dokumen resmi selalu berbahasa Indonesia.</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Kunci otomatis</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Kunci setelah sekian menit tidak dipakai</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the automatic lock time</source>
        <translation>Simpan waktu kunci otomatis</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Kunci setelah</translation>
    </message>
    <message>
        <source>Automatic lock status</source>
        <translation>Status kunci otomatis</translation>
    </message>
    <message>
        <source>Screen privacy</source>
        <translation>Privasi layar</translation>
    </message>
    <message>
        <source>Hide client names in lists until a row is selected</source>
        <translation>Sembunyikan nama klien di daftar sampai barisnya dipilih</translation>
    </message>
    <message>
        <source>For offices where clients sit facing the screen: the client list shows initials only, and the full name of the selected client.</source>
        <translation>Untuk kantor yang kliennya duduk menghadap layar: daftar klien hanya menampilkan inisial, dan nama lengkap klien yang dipilih.</translation>
    </message>
    <message>
        <source>Screen privacy status</source>
        <translation>Status privasi layar</translation>
    </message>
    <message>
        <source>Retention of closed cases</source>
        <translation>Masa simpan kasus yang ditutup</translation>
    </message>
    <message>
        <source>Retention period for closed cases, in years</source>
        <translation>Masa simpan kasus yang ditutup, dalam tahun</translation>
    </message>
    <message>
        <source>Save the retention period</source>
        <translation>Simpan masa simpan</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Masa simpan</translation>
    </message>
    <message>
        <source>When a client&apos;s last case has been closed this long, the head of the center may anonymise the client on the client page (Documents tab).</source>
        <translation>Bila kasus terakhir seorang klien sudah ditutup selama ini, Kepala LK3 dapat menganonimkan klien tersebut di halaman klien (tab Dokumen).</translation>
    </message>
    <message>
        <source>Retention status</source>
        <translation>Status masa simpan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Last case closed</source>
        <translation>Kasus terakhir ditutup</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Jatuh tempo sejak</translation>
    </message>
    <message>
        <source>Clients due for anonymisation</source>
        <translation>Klien yang sudah waktunya dianonimkan</translation>
    </message>
    <message>
        <source>LK3 Desktop locks itself when nobody has used it for this long. This applies to everyone on this database.</source>
        <translation>LK3 Desktop mengunci diri bila tidak dipakai selama waktu ini. Berlaku untuk semua pengguna basis data ini.</translation>
    </message>
    <message>
        <source>Set by the head of the center for everyone on this database.</source>
        <translation>Diatur oleh Kepala LK3 untuk semua pengguna basis data ini.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Looking for clients due for anonymisation…</source>
        <translation>Mencari klien yang sudah waktunya dianonimkan…</translation>
    </message>
    <message>
        <source>One client is due for anonymisation:</source>
        <translation>Satu klien sudah waktunya dianonimkan:</translation>
    </message>
    <message>
        <source>%1 clients are due for anonymisation:</source>
        <translation>%1 klien sudah waktunya dianonimkan:</translation>
    </message>
    <message>
        <source>No client is due for anonymisation.</source>
        <translation>Belum ada klien yang waktunya dianonimkan.</translation>
    </message>
    <message>
        <source> year</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>Tujuan baru</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ubah tujuan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>What should change, stated so that it can be checked.</source>
        <translation>Apa yang perlu berubah, dirumuskan agar dapat diperiksa.</translation>
    </message>
    <message>
        <source>Goal error</source>
        <translation>Kesalahan tujuan</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Tanggal target</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>GoalReviewRow</name>
    <message>
        <source>Reviewed: %1</source>
        <translation>Ditinjau: %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Remark on %1</source>
        <translation>Keterangan tentang %1</translation>
    </message>
    <message>
        <source>Remark (optional)</source>
        <translation>Keterangan (boleh dikosongkan)</translation>
    </message>
</context>
<context>
    <name>GoalReviewsBox</name>
    <message>
        <source>Case plan goals reviewed in this session</source>
        <translation>Tujuan rencana intervensi yang ditinjau dalam sesi ini</translation>
    </message>
    <message>
        <source>This case has no plan goals yet (Case plan).</source>
        <translation>Kasus ini belum memiliki tujuan (Rencana intervensi).</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Help for this page</source>
        <translation>Bantuan untuk halaman ini</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Client register</source>
        <translation>Buku register klien</translation>
    </message>
    <message>
        <source>Bring the clients the office already serves from its Excel or CSV register (buku register) into LK3 Desktop, once, instead of typing them again. Every row is checked with the same rules as the client form; rows that do not pass are listed with the reason and can be saved as a workbook to fix and import later. People who may already be registered are shown, never merged.</source>
        <translation>Pindahkan klien yang sudah dilayani kantor dari buku register Excel atau CSV ke LK3 Desktop, sekali saja, tanpa mengetik ulang. Setiap baris diperiksa dengan aturan yang sama seperti formulir klien; baris yang tidak lolos ditampilkan beserta alasannya dan dapat disimpan sebagai berkas untuk diperbaiki lalu diimpor kemudian. Orang yang mungkin sudah terdaftar ditampilkan, tidak pernah digabung.</translation>
    </message>
    <message>
        <source>Import a register…</source>
        <translation>Impor register…</translation>
    </message>
    <message>
        <source>Import a client register</source>
        <translation>Impor buku register klien</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a client register</source>
        <translation>Impor buku register klien</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Open risk flags</source>
        <translation>Tanda risiko terbuka</translation>
    </message>
    <message>
        <source>Letters waiting for your signature</source>
        <translation>Surat menunggu tanda tangan Anda</translation>
    </message>
    <message>
        <source>Notes waiting for your co-signature</source>
        <translation>Catatan menunggu paraf Anda</translation>
    </message>
    <message>
        <source>Session notes not signed yet</source>
        <translation>Catatan sesi belum ditandatangani</translation>
    </message>
    <message>
        <source>Assessments not signed yet</source>
        <translation>Asesmen belum ditandatangani</translation>
    </message>
    <message>
        <source>Referral follow-ups due</source>
        <translation>Tindak lanjut rujukan jatuh tempo</translation>
    </message>
    <message>
        <source>No-shows to reschedule</source>
        <translation>Tidak hadir, perlu dijadwalkan ulang</translation>
    </message>
    <message>
        <source>Clients without recorded consent</source>
        <translation>Klien tanpa persetujuan tercatat</translation>
    </message>
    <message>
        <source>Retention period ended</source>
        <translation>Masa simpan data berakhir</translation>
    </message>
    <message>
        <source> item %1</source>
        <translation> butir %1</translation>
    </message>
    <message>
        <source>to %1, drafted by %2</source>
        <translation>ke %1, disusun oleh %2</translation>
    </message>
    <message>
        <source>session of %1, signed by %2</source>
        <translation>sesi %1, ditandatangani oleh %2</translation>
    </message>
    <message>
        <source>note typed but not saved yet</source>
        <translation>catatan diketik tetapi belum disimpan</translation>
    </message>
    <message>
        <source>session of %1, unsigned for %n day(s)</source>
        <translation>sesi %1, belum ditandatangani %n hari</translation>
    </message>
    <message>
        <source>session of %1, not signed yet</source>
        <translation>sesi %1, belum ditandatangani</translation>
    </message>
    <message>
        <source>client safety plan</source>
        <translation>rencana keselamatan klien</translation>
    </message>
    <message>
        <source>psychosocial assessment</source>
        <translation>asesmen psikososial</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (draf)</translation>
    </message>
    <message>
        <source>referral to %1: follow-up due</source>
        <translation>rujukan ke %1: waktunya tindak lanjut</translation>
    </message>
    <message>
        <source>did not come (counselor %1)</source>
        <translation>tidak hadir (konselor %1)</translation>
    </message>
    <message>
        <source>registered, no consent recorded</source>
        <translation>terdaftar, belum ada persetujuan tercatat</translation>
    </message>
    <message>
        <source>may be anonymised (tab Documents)</source>
        <translation>boleh dianonimkan (tab Dokumen)</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Waiting for you</source>
        <translation>Menunggu Anda</translation>
    </message>
    <message>
        <source>What waits for you; click an item to open it</source>
        <translation>Yang menunggu Anda; klik satu baris untuk membukanya</translation>
    </message>
    <message>
        <source>Nothing waits for you now.</source>
        <translation>Tidak ada yang menunggu Anda saat ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting</source>
        <translation>
            <numerusform>%n hal menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more…</source>
        <translation>
            <numerusform>%n lainnya…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityBanner</name>
    <message>
        <source>Audit trail warning</source>
        <translation>Peringatan jejak audit</translation>
    </message>
    <message>
        <source>The audit trail or the accounts&apos; certificates were changed</source>
        <translation>Jejak audit atau sertifikat akun telah diubah</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Yang ditemukan</translation>
    </message>
    <message>
        <source>Someone with access to this computer&apos;s files changed them outside LK3 Desktop. Keep the last backups and printed reports; compare them with Settings &gt; Audit trail, and run the integrity check.</source>
        <translation>Seseorang yang dapat membuka berkas di komputer ini mengubahnya di luar LK3 Desktop. Simpan cadangan dan laporan cetak terakhir; bandingkan dengan Pengaturan &gt; Jejak audit, lalu jalankan pemeriksaan integritas.</translation>
    </message>
    <message>
        <source>I have looked into this</source>
        <translation>Sudah saya periksa</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… dan %n lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Entri audit %1 diubah setelah ditulis.</translation>
    </message>
    <message>
        <source>Audit entries around number %1 were deleted or moved.</source>
        <translation>Entri audit di sekitar nomor %1 dihapus atau dipindahkan.</translation>
    </message>
    <message>
        <source>An audit entry was inserted or removed before number %1.</source>
        <translation>Sebuah entri audit disisipkan atau dihapus sebelum nomor %1.</translation>
    </message>
    <message>
        <source>The database&apos;s guards against changing the audit trail were removed.</source>
        <translation>Pengaman basis data yang mencegah perubahan jejak audit telah dihapus.</translation>
    </message>
    <message>
        <source>The audit trail was cut back: entry %1, signed by %2, is gone.</source>
        <translation>Jejak audit dipotong: entri %1 yang ditandatangani %2 sudah tidak ada.</translation>
    </message>
    <message>
        <source>The audit trail was rebuilt: entry %1 is not the one %2 signed.</source>
        <translation>Jejak audit disusun ulang: entri %1 bukan lagi entri yang ditandatangani %2.</translation>
    </message>
    <message>
        <source>Audit entries from number %1 on were added outside the app (nobody signed them).</source>
        <translation>Entri audit mulai nomor %1 ditambahkan di luar aplikasi (tidak ditandatangani siapa pun).</translation>
    </message>
    <message>
        <source>Audit entries from number %1 on were signed by %2, who did not make them.</source>
        <translation>Entri audit mulai nomor %1 ditandatangani %2, padahal bukan ia yang membuatnya.</translation>
    </message>
    <message>
        <source>A signature over the audit trail (entry %1) is false.</source>
        <translation>Tanda tangan atas jejak audit (entri %1) palsu.</translation>
    </message>
    <message>
        <source>A signature over the audit trail (entry %1) no longer matches it.</source>
        <translation>Tanda tangan atas jejak audit (entri %1) tidak lagi cocok.</translation>
    </message>
    <message>
        <source>A signature over the audit trail is unreadable.</source>
        <translation>Sebuah tanda tangan atas jejak audit tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>What lk3.keys remembers of the audit trail for %2 was altered.</source>
        <translation>Catatan jejak audit milik %2 di lk3.keys telah diubah.</translation>
    </message>
    <message>
        <source>The role of account %2 was edited in the database without the head&apos;s signature; the certified role still applies.</source>
        <translation>Peran akun %2 diubah di basis data tanpa tanda tangan Kepala LK3; peran yang disahkan tetap berlaku.</translation>
    </message>
    <message>
        <source>The user name of account %2 was edited in the database without the head&apos;s signature.</source>
        <translation>Nama pengguna akun %2 diubah di basis data tanpa tanda tangan Kepala LK3.</translation>
    </message>
    <message>
        <source>Account %2 has no valid certificate from the head.</source>
        <translation>Akun %2 tidak memiliki sertifikat sah dari Kepala LK3.</translation>
    </message>
    <message>
        <source>A certificate that no head signed was found (account %2).</source>
        <translation>Ditemukan sertifikat yang tidak ditandatangani Kepala LK3 (akun %2).</translation>
    </message>
    <message>
        <source>The office root certificate is missing.</source>
        <translation>Sertifikat akar kantor tidak ada.</translation>
    </message>
    <message>
        <source>The office root written in lk3.keys was changed.</source>
        <translation>Akar kantor yang tercatat di lk3.keys telah diubah.</translation>
    </message>
    <message>
        <source>A revocation of a certificate is not signed by a head.</source>
        <translation>Pencabutan sebuah sertifikat tidak ditandatangani Kepala LK3.</translation>
    </message>
    <message>
        <source>Something else was changed (%3).</source>
        <translation>Ada perubahan lain (%3).</translation>
    </message>
    <message>
        <source>Last known good: %1.</source>
        <translation>Terakhir diketahui utuh: %1.</translation>
    </message>
</context>
<context>
    <name>IssuedReportsPanel</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Diterbitkan oleh</translation>
    </message>
    <message>
        <source>Audit chain code</source>
        <translation>Kode ujung rantai audit</translation>
    </message>
    <message>
        <source>Issued reports</source>
        <translation>Laporan terbit</translation>
    </message>
    <message>
        <source>Save the issued PDF…</source>
        <translation>Simpan PDF terbit…</translation>
    </message>
    <message>
        <source>Save as XLSX…</source>
        <translation>Simpan sebagai XLSX…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Simpan sebagai CSV…</translation>
    </message>
</context>
<context>
    <name>JoinServerDialog</name>
    <message>
        <source>Join the office server</source>
        <translation>Gabung ke server kantor</translation>
    </message>
    <message>
        <source>In an office where several computers work on one record, the head sets up the office server once (lk3-desktop server init) and gives every computer its enrollment file (.lk3server). Choose that file: this computer then signs in to the office server, and nothing of the record is kept on it.</source>
        <translation>Di kantor yang beberapa komputernya bekerja pada satu catatan, kepala menyiapkan server kantor sekali (lk3-desktop server init) dan memberi setiap komputer berkas pendaftarannya (.lk3server). Pilih berkas itu: komputer ini lalu masuk ke server kantor, dan tidak ada data catatan yang disimpan di komputer ini.</translation>
    </message>
    <message>
        <source>Enrollment file</source>
        <translation>Berkas pendaftaran</translation>
    </message>
    <message>
        <source>The enrollment file from the head (.lk3server)</source>
        <translation>Berkas pendaftaran dari kepala (.lk3server)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Choose the enrollment file</source>
        <translation>Pilih berkas pendaftaran</translation>
    </message>
    <message>
        <source>Enrollment message</source>
        <translation>Pesan pendaftaran</translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation>Daftarkan komputer ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>LK3 enrollment (*.lk3server);;All files (*)</source>
        <translation>Pendaftaran LK3 (*.lk3server);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>This is not an LK3 enrollment file. Choose the file the head gave.</source>
        <translation>Ini bukan berkas pendaftaran LK3. Pilih berkas yang diberikan kepala.</translation>
    </message>
    <message>
        <source>Office server %1, port %2, database %3; TLS verified against its CA.</source>
        <translation>Server kantor %1, port %2, basis data %3; TLS diverifikasi dengan CA-nya.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Head of the center</source>
        <translation>Kepala LK3</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>Administrative staff</source>
        <translation>Staf administrasi</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Fisik</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>Intelektual</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Netra</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Rungu</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Wicara</translation>
    </message>
    <message>
        <source>Office server · verified TLS</source>
        <translation>Server kantor · TLS terverifikasi</translation>
    </message>
    <message>
        <source>Encrypted · device key</source>
        <translation>Terenkripsi · kunci perangkat</translation>
    </message>
    <message>
        <source>Encrypted · password only</source>
        <translation>Terenkripsi · kata sandi saja</translation>
    </message>
    <message>
        <source>The record is on the office server; nothing of it is kept on this computer. Each person signs in with their own login over a connection verified against the office&apos;s certificate, and clinical text is sealed under its case&apos;s key before it leaves this computer.</source>
        <translation>Catatan berada di server kantor; tidak ada yang disimpan di komputer ini. Setiap orang masuk dengan akunnya sendiri melalui sambungan yang diverifikasi dengan sertifikat kantor, dan teks klinis dikunci dengan kunci kasusnya sebelum meninggalkan komputer ini.</translation>
    </message>
    <message>
        <source>The data is encrypted. It opens only with a user&apos;s password on this computer, which keeps a device key in the system credential store. Copied files alone cannot be opened, not even by guessing passwords.</source>
        <translation>Data terenkripsi. Data hanya terbuka dengan kata sandi pengguna di komputer ini, yang menyimpan kunci perangkat di penyimpanan kunci sistem. Salinan berkas saja tidak dapat dibuka, bahkan dengan menebak kata sandi.</translation>
    </message>
    <message>
        <source>The data is encrypted and protected by passwords only: this computer has no system credential store. Copied files could be attacked by guessing passwords, so choose strong passwords and keep backups in a safe place.</source>
        <translation>Data terenkripsi dan dilindungi kata sandi saja: komputer ini tidak memiliki penyimpanan kunci sistem. Salinan berkas dapat dicoba dibuka dengan menebak kata sandi, jadi gunakan kata sandi yang kuat dan simpan cadangan di tempat aman.</translation>
    </message>
</context>
<context>
    <name>LaneDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>Referral letter</source>
        <translation>Surat rujukan</translation>
    </message>
    <message>
        <source>Print referral letter</source>
        <translation>Cetak surat rujukan</translation>
    </message>
    <message>
        <source>Save referral letter</source>
        <translation>Simpan surat rujukan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Referral letter %1</source>
        <translation>Surat rujukan %1</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Pratinjau surat</translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation>Status surat</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Print the referral letter</source>
        <translation>Cetak surat rujukan</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save the referral letter as PDF</source>
        <translation>Simpan surat rujukan sebagai PDF</translation>
    </message>
    <message>
        <source>Save package…</source>
        <translation>Simpan paket…</translation>
    </message>
    <message>
        <source>Save the letter and its enclosed documents as one PDF</source>
        <translation>Simpan surat beserta dokumen lampirannya sebagai satu PDF</translation>
    </message>
    <message>
        <source>The letter followed by the documents listed as its enclosures, in one PDF</source>
        <translation>Surat disusul dokumen yang tercantum sebagai lampirannya, dalam satu PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>No documents were chosen to go with this letter; “Save PDF” saves the letter alone. Documents are chosen in the referral form before signing.</source>
        <translation>Belum ada dokumen yang dipilih untuk dikirim bersama surat ini; “Simpan PDF” menyimpan suratnya saja. Dokumen dipilih di formulir rujukan sebelum ditandatangani.</translation>
    </message>
    <message>
        <source>The letter could not be printed. Check the printer and try again.</source>
        <translation>Surat tidak dapat dicetak. Periksa printer lalu coba lagi.</translation>
    </message>
    <message numerus="yes">
        <source>The letter was sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Surat sudah dikirim ke printer (%n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1: the letter and %2 enclosed document(s), %3 pages.</source>
        <translation>Disimpan sebagai %1: surat dan %2 dokumen lampiran, %3 halaman.</translation>
    </message>
    <message>
        <source>%1 enclosure(s) marked “jangan diungkap” since were left out.</source>
        <translation>%1 lampiran yang sejak itu ditandai “jangan diungkap” tidak disertakan.</translation>
    </message>
    <message>
        <source>The disk is full. Choose another place to save the letter.</source>
        <translation>Disk penuh. Pilih tempat lain untuk menyimpan surat.</translation>
    </message>
    <message>
        <source>The letter could not be saved there. Choose another folder.</source>
        <translation>Surat tidak dapat disimpan di sana. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Tersimpan sebagai %1.</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Only the head of the center can change these lists and settings.</source>
        <translation>Hanya Kepala LK3 yang dapat mengubah daftar dan pengaturan ini.</translation>
    </message>
    <message>
        <source>PPKS categories (formerly PMKS)</source>
        <translation>Kategori PPKS (d/h PMKS)</translation>
    </message>
    <message>
        <source>Problem areas</source>
        <translation>Bidang masalah</translation>
    </message>
    <message>
        <source>Entries are never deleted: a deactivated entry is no longer offered for new records but stays on the clients and cases that have it.</source>
        <translation>Isian tidak pernah dihapus: isian yang dinonaktifkan tidak lagi ditawarkan untuk catatan baru, tetapi tetap ada pada klien dan kasus yang memilikinya.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Penomoran</translation>
    </message>
    <message>
        <source>Registration number template</source>
        <translation>Templat nomor registrasi</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Nomor registrasi</translation>
    </message>
    <message>
        <source>Referral letter number template</source>
        <translation>Templat nomor surat rujukan</translation>
    </message>
    <message>
        <source>Referral letter number</source>
        <translation>Nomor surat rujukan</translation>
    </message>
    <message>
        <source>Fields: {seq} sequence number (e.g. {seq:04d}), {year}, {month}, {month_roman}, {center_code}. Numbers already issued do not change.</source>
        <translation>Kolom: {seq} nomor urut (misalnya {seq:04d}), {year}, {month}, {month_roman}, {center_code}. Nomor yang sudah terbit tidak berubah.</translation>
    </message>
    <message>
        <source>Save numbers</source>
        <translation>Simpan penomoran</translation>
    </message>
    <message>
        <source>Save the number templates</source>
        <translation>Simpan templat nomor</translation>
    </message>
    <message>
        <source>Numbers status</source>
        <translation>Status penomoran</translation>
    </message>
    <message>
        <source>Referral letter signers</source>
        <translation>Penanda tangan surat rujukan</translation>
    </message>
    <message>
        <source>Counselors who may sign referral letters</source>
        <translation>Konselor yang boleh menandatangani surat rujukan</translation>
    </message>
    <message>
        <source>Save signers</source>
        <translation>Simpan penanda tangan</translation>
    </message>
    <message>
        <source>Save who may sign referral letters</source>
        <translation>Simpan siapa yang boleh menandatangani surat rujukan</translation>
    </message>
    <message>
        <source>Signers status</source>
        <translation>Status penanda tangan</translation>
    </message>
    <message>
        <source>Unsigned session notes</source>
        <translation>Catatan sesi yang belum ditandatangani</translation>
    </message>
    <message>
        <source>List an unsigned session note after this many days</source>
        <translation>Tampilkan catatan sesi yang belum ditandatangani setelah jumlah hari ini</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the number of days</source>
        <translation>Simpan jumlah hari</translation>
    </message>
    <message>
        <source>List after</source>
        <translation>Tampilkan setelah</translation>
    </message>
    <message>
        <source>Unsigned notes status</source>
        <translation>Status catatan belum ditandatangani</translation>
    </message>
    <message>
        <source>Lists and letters</source>
        <translation>Daftar dan surat</translation>
    </message>
    <message>
        <source>The head of the center chooses who may sign referral letters.</source>
        <translation>Kepala LK3 menentukan siapa yang boleh menandatangani surat rujukan.</translation>
    </message>
    <message>
        <source>The head signs referral letters. There are no active counselors yet.</source>
        <translation>Kepala LK3 menandatangani surat rujukan. Belum ada konselor yang aktif.</translation>
    </message>
    <message>
        <source>The head always signs referral letters. Tick the counselors who may also sign them on the head&apos;s behalf.</source>
        <translation>Kepala LK3 selalu menandatangani surat rujukan. Centang konselor yang juga boleh menandatanganinya atas nama Kepala LK3.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>LK3 Desktop is locked</source>
        <translation>LK3 Desktop terkunci</translation>
    </message>
    <message>
        <source>Every record is hidden and the database is closed until it is unlocked.</source>
        <translation>Semua catatan disembunyikan dan basis data ditutup sampai kunci dibuka.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Kesalahan buka kunci</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar akun</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Locking…</source>
        <translation>Mengunci…</translation>
    </message>
    <message>
        <source>Enter the password of the account “{username}” to unlock.</source>
        <translation>Masukkan kata sandi akun “{username}” untuk membuka kunci.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Masukkan kata sandi Anda.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Kata sandi salah.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Sign in to LK3 Desktop</source>
        <translation>Masuk ke LK3 Desktop</translation>
    </message>
    <message>
        <source>Encrypted case record of the LK3 family counseling center</source>
        <translation>Catatan kasus terenkripsi Lembaga Konsultasi Kesejahteraan Keluarga</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Kesalahan masuk</translation>
    </message>
    <message>
        <source>Use the recovery card</source>
        <translation>Gunakan kartu pemulihan</translation>
    </message>
    <message>
        <source>Counselors and staff: ask the head of the center to set a new password for you. The head of the center: use the recovery card.</source>
        <translation>Konselor dan staf administrasi: minta Kepala LK3 membuatkan kata sandi baru. Kepala LK3: gunakan kartu pemulihan.</translation>
    </message>
    <message>
        <source>Sign in, or go on with the step at hand</source>
        <translation>Masuk, atau lanjutkan langkah yang sedang dikerjakan</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Lupa kata sandi?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Open with the recovery card</source>
        <translation>Buka dengan kartu pemulihan</translation>
    </message>
    <message>
        <source>Type the code printed on the recovery card. Spaces, dashes and small or capital letters do not matter.</source>
        <translation>Ketik kode yang tercetak pada kartu pemulihan. Spasi, tanda hubung, dan huruf kecil atau besar tidak berpengaruh.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>Second code on the card (office recovery key): it opens the sealed clinical records and certifies the head&apos;s new keys.</source>
        <translation>Kode kedua pada kartu (kunci pemulihan kantor): membuka catatan klinis yang tersegel dan mengesahkan kunci baru Kepala LK3.</translation>
    </message>
    <message>
        <source>Office recovery key code</source>
        <translation>Kode kunci pemulihan kantor</translation>
    </message>
    <message>
        <source>Recovery code error</source>
        <translation>Kesalahan kode pemulihan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Open with the card</source>
        <translation>Buka dengan kartu</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Buat kata sandi baru</translation>
    </message>
    <message>
        <source>The recovery card opened the database. Choose the head of the center&apos;s account and give it a new password. Afterwards, other users may need a new password from the head of the center.</source>
        <translation>Kartu pemulihan berhasil membuka basis data. Pilih akun Kepala LK3 dan buat kata sandi barunya. Setelah itu, pengguna lain mungkin perlu kata sandi baru dari Kepala LK3.</translation>
    </message>
    <message>
        <source>Head of the center&apos;s account</source>
        <translation>Akun Kepala LK3</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat error</source>
        <translation>Kesalahan pengulangan kata sandi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Recovery error</source>
        <translation>Kesalahan pemulihan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save and sign in</source>
        <translation>Simpan dan masuk</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Masukkan nama pengguna Anda.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Masukkan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <source>Choose your own password to continue. Sign in again when ready.</source>
        <translation>Buat kata sandi Anda sendiri untuk melanjutkan. Masuk lagi bila sudah siap.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>The database file in this data folder is damaged and cannot be opened. You can restore it from a backup: the damaged file is kept in a folder beside the data folder, not deleted.</source>
        <translation>Berkas basis data di folder data ini rusak dan tidak dapat dibuka. Anda dapat memulihkannya dari cadangan: berkas yang rusak disimpan di folder di sebelah folder data, tidak dihapus.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>LK3 backup (*.lk3backup)</source>
        <translation>Cadangan LK3 (*.lk3backup)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <source>The damaged database is replaced by this backup: whatever was entered after %1 is not in it. The damaged files are kept in a folder beside the data folder. You are then signed in.</source>
        <translation>Basis data yang rusak diganti dengan cadangan ini: apa pun yang dicatat setelah %1 tidak ada di dalamnya. Berkas yang rusak disimpan di folder di samping folder data. Setelah itu Anda langsung masuk.</translation>
    </message>
    <message>
        <source>Restore and sign in</source>
        <translation>Pulihkan dan masuk</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Memulihkan cadangan…</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Dipulihkan dari cadangan</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. Whatever was entered after that is not in the database; the damaged files are kept in the folder %2.</source>
        <translation>Cadangan tanggal %1 sudah dipulihkan. Apa pun yang dicatat setelah itu tidak ada di basis data; berkas yang rusak disimpan di folder %2.</translation>
    </message>
    <message>
        <source>Type the code from the recovery card.</source>
        <translation>Ketik kode dari kartu pemulihan.</translation>
    </message>
    <message>
        <source>Opening the database with the recovery card…</source>
        <translation>Membuka basis data dengan kartu pemulihan…</translation>
    </message>
    <message>
        <source>The database has no active head of the center account to recover.</source>
        <translation>Basis data ini tidak memiliki akun Kepala LK3 aktif yang dapat dipulihkan.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Saving the new password…</source>
        <translation>Menyimpan kata sandi baru…</translation>
    </message>
    <message>
        <source>Cancel recovery</source>
        <translation>Batalkan pemulihan</translation>
    </message>
    <message>
        <source>Discard the new password you typed and go back to signing in?</source>
        <translation>Buang kata sandi baru yang sudah diketik dan kembali ke halaman masuk?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Lanjut mengetik</translation>
    </message>
</context>
<context>
    <name>LookupBox</name>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Add an entry to %1</source>
        <translation>Tambah isian ke %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <source>Rename the chosen entry of %1</source>
        <translation>Ganti nama isian %1 yang dipilih</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the chosen entry of %1</source>
        <translation>Nonaktifkan atau aktifkan kembali isian %1 yang dipilih</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (nonaktif)</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Tambah ke %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Keluar &amp;akun</translation>
    </message>
    <message>
        <source>&amp;Quit application</source>
        <translation>&amp;Tutup aplikasi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>&amp;Bantuan halaman ini</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <source>&amp;About LK3 Desktop</source>
        <translation>&amp;Tentang LK3 Desktop</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Cari klien</translation>
    </message>
    <message>
        <source>Search clients by name, NIK, phone or case number (Ctrl+K)</source>
        <translation>Cari klien menurut nama, NIK, nomor telepon, atau nomor registrasi (Ctrl+K)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigasi</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Halaman</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Pengguna yang masuk</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Perlindungan data</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DATA DEMO</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Basis data demo</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Janji temu</translation>
    </message>
    <message>
        <source>Activities outside casework</source>
        <translation>Kegiatan di luar kasus</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Do not disclose</source>
        <translation>Jangan diungkap</translation>
    </message>
    <message>
        <source>The marked data is left out of every export and letter about this client; the document says that something was left out.</source>
        <translation>Data yang ditandai tidak dimuat dalam setiap ekspor dan surat tentang klien ini; dokumen menyebutkan bahwa ada data yang tidak diungkapkan.</translation>
    </message>
    <message>
        <source>Part of the client record</source>
        <translation>Bagian data klien</translation>
    </message>
    <message>
        <source>A whole record</source>
        <translation>Satu catatan utuh</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Only the counselor of the case and the head of the center can mark a whole record.</source>
        <translation>Hanya konselor kasus dan Kepala LK3 yang dapat menandai satu catatan utuh.</translation>
    </message>
    <message>
        <source>This client has no session notes, assessments, screenings or referrals that you may see.</source>
        <translation>Klien ini tidak memiliki catatan sesi, asesmen, instrumen skrining, atau rujukan yang boleh Anda lihat.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>e.g. the client asked that her address not reach her husband</source>
        <translation>mis. klien meminta alamatnya tidak sampai ke suaminya</translation>
    </message>
    <message>
        <source>The reason stays inside the office: documents never show it.</source>
        <translation>Alasan hanya disimpan di lembaga: dokumen tidak pernah menampilkannya.</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Tandai</translation>
    </message>
    <message>
        <source>Choose a record.</source>
        <translation>Pilih catatan.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add family member</source>
        <translation>Tambah anggota keluarga</translation>
    </message>
    <message>
        <source>Change family member</source>
        <translation>Ubah anggota keluarga</translation>
    </message>
    <message>
        <source>Not registered as a client: type the name</source>
        <translation>Tidak terdaftar sebagai klien: ketik namanya</translation>
    </message>
    <message>
        <source>A registered client: find them</source>
        <translation>Klien yang sudah terdaftar: cari</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship to the head of family</source>
        <translation>Hubungan dengan kepala keluarga</translation>
    </message>
    <message>
        <source>Relationship to the head</source>
        <translation>Hubungan dengan kepala keluarga</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Tahun lahir</translation>
    </message>
    <message>
        <source>Lives in the same house</source>
        <translation>Tinggal serumah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Save member</source>
        <translation>Simpan anggota</translation>
    </message>
    <message>
        <source>Linked to the client record of %1.</source>
        <translation>Terhubung ke catatan klien %1.</translation>
    </message>
    <message>
        <source>Choose the client in the list above.</source>
        <translation>Pilih klien di daftar di atas.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This account has a temporary password that must be replaced first, so nothing else can be done. Sign in with the temporary password and choose your own.</source>
        <translation>Akun ini memakai kata sandi sementara yang harus diganti terlebih dahulu, sehingga belum ada hal lain yang dapat dilakukan. Masuklah dengan kata sandi sementara itu dan pilih kata sandi Anda sendiri.</translation>
    </message>
    <message>
        <source>Your account was changed by the head of the center, so you have been signed out. Sign in again to continue.</source>
        <translation>Akun Anda diubah oleh Kepala LK3, sehingga Anda telah dikeluarkan. Masuklah kembali untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Your account was deactivated by the head of the center, so you have been signed out. Nothing you saved before was lost.</source>
        <translation>Akun Anda dinonaktifkan oleh Kepala LK3, sehingga Anda telah dikeluarkan. Tidak ada yang sudah tersimpan yang hilang.</translation>
    </message>
    <message>
        <source>What was entered cannot be saved as it is. Check it and try again.</source>
        <translation>Isian ini belum dapat disimpan. Periksa lagi, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is an old Excel file (.xls), which cannot be read. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation>%1 adalah berkas Excel lama (.xls) yang tidak dapat dibaca. Buka di Excel atau LibreOffice, simpan sebagai buku kerja Excel (.xlsx), lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) or is damaged. Save the register as .xlsx or CSV and try again.</source>
        <translation>%1 bukan buku kerja Excel (.xlsx) atau berkasnya rusak. Simpan register sebagai .xlsx atau CSV, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named %1.</source>
        <translation>Buku kerja ini tidak memiliki lembar bernama %1.</translation>
    </message>
    <message>
        <source>No header row with column names such as Nama, NIK or Tgl Lahir was found in the first 30 rows, so the register cannot be read. Add such a header row above the data.</source>
        <translation>Di 30 baris pertama tidak ada baris judul kolom seperti Nama, NIK atau Tgl Lahir, sehingga register tidak dapat dibaca. Tambahkan baris judul kolom di atas data.</translation>
    </message>
    <message>
        <source>The register has more than %1 rows. Split it into several files and import them one after another.</source>
        <translation>Register berisi lebih dari %1 baris. Bagi menjadi beberapa berkas dan impor satu per satu.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>Terlalu banyak percobaan gagal. Coba lagi dalam %n detik.</translation>
    </message>
    <message>
        <source>Building the demo database in this folder was interrupted before it finished, so it cannot be used. Build the demo again.</source>
        <translation>Pembuatan basis data demo di folder ini terhenti sebelum selesai, jadi tidak dapat dipakai. Buat demo lagi.</translation>
    </message>
    <message>
        <source>The setup of this data folder was interrupted before it finished, so it holds no data yet. Start the setup again (open LK3 Desktop, or run lk3-desktop init).</source>
        <translation>Penyiapan folder data ini terhenti sebelum selesai, jadi belum berisi data. Mulai penyiapan lagi (buka LK3 Desktop, atau jalankan lk3-desktop init).</translation>
    </message>
    <message>
        <source>This backup is of another database (%1, database id %2), not of the one in this data folder, so nothing was restored.</source>
        <translation>Cadangan ini berasal dari basis data lain (%1, ID basis data %2), bukan dari basis data di folder data ini, jadi tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The %1 column holds numbers instead of text in %2 row(s) (for example %3): Excel keeps only 15 digits of a number, so the last digits of those numbers are lost and nothing was imported. Format the %1 column as Text, type the numbers again from the documents (or start each with an apostrophe, &apos;), save and import again.</source>
        <translation>Kolom %1 berisi angka, bukan teks, di %2 baris (misalnya %3): Excel hanya menyimpan 15 digit sebuah angka, sehingga digit terakhir angka-angka itu hilang dan tidak ada yang diimpor. Ubah format kolom %1 menjadi Teks, ketik ulang nomornya dari dokumen (atau awali masing-masing dengan tanda petik, &apos;), simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <source>The instrument definition file %1 is damaged or incomplete, so nothing was scored. Ask the head of the center to restore it.</source>
        <translation>Berkas definisi instrumen %1 rusak atau tidak lengkap, sehingga tidak ada skor yang dihitung. Minta Kepala LK3 memulihkannya.</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask the head of the center.</source>
        <translation>Akun ini sudah dinonaktifkan. Hubungi Kepala LK3.</translation>
    </message>
    <message>
        <source>This computer does not hold the device key for this database (new computer or reinstalled system). Your password is not the problem: use the recovery card.</source>
        <translation>Komputer ini tidak menyimpan kunci perangkat untuk basis data ini (komputer baru atau sistem dipasang ulang). Masalahnya bukan kata sandi Anda: gunakan kartu pemulihan.</translation>
    </message>
    <message>
        <source>The system credential store is locked or refused access, so the device key cannot be read. Unlock it and try again, or use the recovery card.</source>
        <translation>Penyimpanan kunci sistem terkunci atau menolak akses, sehingga kunci perangkat tidak dapat dibaca. Buka kuncinya lalu coba lagi, atau gunakan kartu pemulihan.</translation>
    </message>
    <message>
        <source>The recovery code is wrong. Check every group of four characters.</source>
        <translation>Kode pemulihan salah. Periksa setiap kelompok empat karakter.</translation>
    </message>
    <message>
        <source>The key file (lk3.keys) of this data folder is damaged or has been changed, so no password can open it. Use the recovery card, or restore a backup.</source>
        <translation>Berkas kunci (lk3.keys) folder data ini rusak atau telah diubah, sehingga tidak ada kata sandi yang dapat membukanya. Gunakan kartu pemulihan, atau pulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>This folder does not hold a readable LK3 database.</source>
        <translation>Folder ini tidak berisi basis data LK3 yang dapat dibaca.</translation>
    </message>
    <message>
        <source>The data folder does not exist.</source>
        <translation>Folder data tidak ditemukan.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: the drive is read-only or this account may not change it. Nothing saved was lost; make the folder writable and try again.</source>
        <translation>Folder data tidak dapat ditulisi: drive hanya-baca atau akun ini tidak boleh mengubahnya. Tidak ada data tersimpan yang hilang; jadikan folder dapat ditulisi lalu coba lagi.</translation>
    </message>
    <message>
        <source>LK3 Desktop is already open with this data folder.</source>
        <translation>LK3 Desktop sudah terbuka dengan folder data ini.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of LK3 Desktop. Update the app first.</source>
        <translation>Basis data ini dibuat oleh versi LK3 Desktop yang lebih baru. Perbarui aplikasi terlebih dahulu.</translation>
    </message>
    <message>
        <source>The office server does not answer (network or server down). What you typed is kept; LK3 Desktop reconnects when the server is back.</source>
        <translation>Server kantor tidak menjawab (jaringan atau server mati). Yang sudah Anda ketik tetap tersimpan; LK3 Desktop tersambung lagi begitu server kembali.</translation>
    </message>
    <message>
        <source>The office server&apos;s database is older than this version of LK3 Desktop. The server must be upgraded first (lk3-desktop server upgrade).</source>
        <translation>Basis data di server kantor lebih lama daripada versi LK3 Desktop ini. Server harus diperbarui dulu (lk3-desktop server upgrade).</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it. Nothing was saved; what you typed is still here.</source>
        <translation>Orang lain menyimpan data ini saat Anda sedang mengeditnya. Belum ada yang disimpan; yang Anda ketik masih ada di sini.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Berkas basis data rusak. Pulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing already saved was lost.</source>
        <translation>Disk penuh. Kosongkan sebagian ruang; data yang sudah tersimpan tidak hilang.</translation>
    </message>
    <message>
        <source>The backup file is damaged or has been changed, so it cannot be used. Nothing was restored or replaced.</source>
        <translation>Berkas cadangan rusak atau sudah diubah, sehingga tidak dapat digunakan. Tidak ada data yang dipulihkan atau diganti.</translation>
    </message>
    <message>
        <source>The file cannot be written there: the folder is missing or read-only, or the drive was removed. Choose another place.</source>
        <translation>Berkas tidak dapat ditulis di sana: foldernya tidak ada atau hanya-baca, atau medianya dicabut. Pilih tempat lain.</translation>
    </message>
    <message>
        <source>This attached document no longer matches what was stored (the database is damaged or was changed), so it is not shown. Run Pengaturan &gt; Pemeriksaan, and restore a backup if it names the database.</source>
        <translation>Berkas terlampir ini tidak lagi sama dengan yang disimpan (basis data rusak atau diubah), jadi tidak ditampilkan. Jalankan Pengaturan &gt; Pemeriksaan, dan pulihkan cadangan bila pemeriksaan menyebut basis data.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Pekerjaan dibatalkan.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Peran Anda tidak mengizinkan tindakan ini.</translation>
    </message>
    <message>
        <source>Your password is right, but no valid certificate from the head vouches for your account. Ask the head of the center to reset your password.</source>
        <translation>Kata sandi Anda benar, tetapi tidak ada sertifikat sah dari Kepala LK3 untuk akun Anda. Mintalah Kepala LK3 mengatur ulang kata sandi Anda.</translation>
    </message>
    <message>
        <source>The clinical content of this case is sealed, and its key is not held by your account. Ask the head of the center.</source>
        <translation>Isi klinis kasus ini tersegel, dan kuncinya tidak dipegang akun Anda. Hubungi Kepala LK3.</translation>
    </message>
    <message>
        <source>This record is signed and can no longer be changed. Add an addendum instead.</source>
        <translation>Catatan ini sudah ditandatangani dan tidak dapat diubah lagi. Tambahkan adendum sebagai gantinya.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. It has been recorded without personal data.</source>
        <translation>Terjadi kesalahan tak terduga. Kesalahan ini dicatat tanpa data pribadi.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Name error</source>
        <translation>Kesalahan nama</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Written by the head before issuing; printed in the report after the tables and kept with the issued report.</source>
        <translation>Ditulis pimpinan sebelum laporan diterbitkan; dicetak sesudah tabel-tabel dan disimpan bersama laporan terbit.</translation>
    </message>
    <message>
        <source>Obstacles (kendala)</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <source>Follow-up (tindak lanjut)</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Recommendations (rekomendasi)</source>
        <translation>Rekomendasi</translation>
    </message>
</context>
<context>
    <name>NavBadges</name>
    <message>
        <source>%1, %2 waiting</source>
        <translation>%1, %2 menunggu</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case (intake)</source>
        <translation>Kasus baru (penerimaan)</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Tanggal penerimaan</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Sumber rujukan</translation>
    </message>
    <message>
        <source>Referring institution</source>
        <translation>Lembaga perujuk</translation>
    </message>
    <message>
        <source>e.g. UPTD PPA Kota Serang, Puskesmas Cipocok</source>
        <translation>misalnya UPTD PPA Kota Serang, Puskesmas Cipocok</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgensi</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Belum ditentukan</translation>
    </message>
    <message>
        <source>The head of the center assigns the counselor.</source>
        <translation>Kepala LK3 yang menentukan konselornya.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>No family</source>
        <translation>Tanpa keluarga</translation>
    </message>
    <message>
        <source>Presenting problem</source>
        <translation>Masalah utama</translation>
    </message>
    <message>
        <source>Problem areas</source>
        <translation>Bidang masalah</translation>
    </message>
    <message>
        <source>The presenting problem is clinical content: the counselor records it after the case is opened.</source>
        <translation>Masalah utama termasuk informasi klinis: konselor mencatatnya setelah kasus dibuka.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Buka kasus</translation>
    </message>
    <message>
        <source>Only for a referral from an institution</source>
        <translation>Hanya untuk rujukan dari lembaga</translation>
    </message>
</context>
<context>
    <name>NikReasonDialog</name>
    <message>
        <source>NIK does not match</source>
        <translation>NIK tidak cocok</translation>
    </message>
    <message>
        <source>The NIK does not agree with what was entered:</source>
        <translation>NIK tidak sesuai dengan data yang diisi:</translation>
    </message>
    <message>
        <source>Check the KTP or KK again. If the NIK is right as typed (for example the document itself is wrong), write why. The reason is kept with the record.</source>
        <translation>Periksa lagi KTP atau KK. Jika NIK sudah benar seperti yang diketik (misalnya dokumennya sendiri yang keliru), tuliskan alasannya. Alasan ini disimpan bersama catatan klien.</translation>
    </message>
    <message>
        <source>Reason for keeping the NIK</source>
        <translation>Alasan mempertahankan NIK</translation>
    </message>
    <message>
        <source>e.g. the birth date on the KTP is misprinted</source>
        <translation>misalnya tanggal lahir di KTP salah cetak</translation>
    </message>
    <message>
        <source>Reason message</source>
        <translation>Pesan alasan</translation>
    </message>
    <message>
        <source>Save with this reason</source>
        <translation>Simpan dengan alasan ini</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Kembali ke formulir</translation>
    </message>
    <message>
        <source>Write the reason, or go back and correct the NIK.</source>
        <translation>Tulis alasannya, atau kembali dan perbaiki NIK.</translation>
    </message>
</context>
<context>
    <name>NoteActionBar</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S). It stays a draft until signed.</source>
        <translation>Simpan catatan (Ctrl+S). Catatan tetap berupa draf sampai ditandatangani.</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Tandatangani…</translation>
    </message>
    <message>
        <source>Co-sign…</source>
        <translation>Tanda tangan supervisi…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save the signed note and its addenda as a PDF</source>
        <translation>Simpan catatan yang sudah ditandatangani beserta adendumnya sebagai PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Print the signed note and its addenda</source>
        <translation>Cetak catatan yang sudah ditandatangani beserta adendumnya</translation>
    </message>
    <message>
        <source>Attachments…</source>
        <translation>Lampiran…</translation>
    </message>
    <message>
        <source>Documents attached to this session note</source>
        <translation>Dokumen yang dilampirkan pada catatan sesi ini</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <source>Sign the session note</source>
        <translation>Tandatangani catatan sesi</translation>
    </message>
    <message>
        <source>After signing, nobody can change this note any more, not even you: later corrections are added as addenda. Enter your password to sign.</source>
        <translation>Setelah ditandatangani, tidak seorang pun dapat mengubah catatan ini lagi, termasuk Anda: koreksi selanjutnya ditambahkan sebagai adendum. Masukkan kata sandi Anda untuk menandatangani.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Tandatangani</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Menandatangani…</translation>
    </message>
    <message>
        <source>Co-sign the session note</source>
        <translation>Tanda tangan supervisi catatan sesi</translation>
    </message>
    <message>
        <source>Your co-signature records that you supervised this note. The note itself does not change. Enter your password to co-sign.</source>
        <translation>Tanda tangan supervisi Anda mencatat bahwa Anda telah menyelia catatan ini. Isi catatan tidak berubah. Masukkan kata sandi Anda untuk menandatangani.</translation>
    </message>
    <message>
        <source>Co-sign</source>
        <translation>Tanda tangan supervisi</translation>
    </message>
    <message>
        <source>Co-signing…</source>
        <translation>Menandatangani sebagai supervisor…</translation>
    </message>
</context>
<context>
    <name>NoteConflict</name>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Interventions used</source>
        <translation>Intervensi yang digunakan</translation>
    </message>
    <message>
        <source>Homework / agreements</source>
        <translation>Tugas rumah / kesepakatan</translation>
    </message>
    <message>
        <source>The session&apos;s details (date, times, service or who came) differ too; saving your version keeps the ones in your form.</source>
        <translation>Rincian sesi (tanggal, jam, layanan atau yang hadir) juga berbeda; bila versi Anda disimpan, yang di formulir Anda yang dipakai.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Session note</source>
        <translation>Catatan sesi</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>Status catatan</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Autosave status</source>
        <translation>Status simpan otomatis</translation>
    </message>
    <message>
        <source>Note message</source>
        <translation>Pesan catatan</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>New session note</source>
        <translation>Catatan sesi baru</translation>
    </message>
    <message>
        <source>Save the session note</source>
        <translation>Simpan catatan sesi</translation>
    </message>
    <message>
        <source>A signed note is never changed. Corrections and additions are written here, each with its own author and time.</source>
        <translation>Catatan yang sudah ditandatangani tidak pernah diubah. Koreksi dan tambahan ditulis di sini, masing-masing dengan penulis dan waktunya sendiri.</translation>
    </message>
    <message>
        <source>This note was recovered from an unsaved draft.</source>
        <translation>Catatan ini dipulihkan dari draf yang belum disimpan.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Draf tersimpan sementara</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were restored. Save to keep them.</source>
        <translation>Perubahan yang belum disimpan dari %1 telah dikembalikan. Simpan untuk mempertahankannya.</translation>
    </message>
    <message>
        <source>The text of this note was erased when the client&apos;s data was anonymised.</source>
        <translation>Isi catatan ini dihapus saat data klien dianonimkan.</translation>
    </message>
    <message>
        <source>Warning: this signed note was changed outside the app after signing.</source>
        <translation>Peringatan: catatan yang sudah ditandatangani ini diubah di luar aplikasi setelah ditandatangani.</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>Kasus %1 · %2</translation>
    </message>
    <message>
        <source>not saved as a note yet</source>
        <translation>belum disimpan sebagai catatan</translation>
    </message>
    <message>
        <source>written by %1, not signed yet</source>
        <translation>ditulis oleh %1, belum ditandatangani</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>oleh %1, %2</translation>
    </message>
    <message>
        <source>co-signed by %1</source>
        <translation>tanda tangan supervisi oleh %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan pukul %1</translation>
    </message>
    <message>
        <source>Save session note as PDF</source>
        <translation>Simpan catatan sesi sebagai PDF</translation>
    </message>
    <message>
        <source>Print session note</source>
        <translation>Cetak catatan sesi</translation>
    </message>
    <message>
        <source>Throw away what you typed since the note was last saved?</source>
        <translation>Buang yang Anda ketik sejak catatan terakhir disimpan?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Attachments of the session note</source>
        <translation>Lampiran catatan sesi</translation>
    </message>
</context>
<context>
    <name>NoteEditorWindow</name>
    <message>
        <source>Session note</source>
        <translation>Catatan sesi</translation>
    </message>
    <message>
        <source>Session note · %1</source>
        <translation>Catatan sesi · %1</translation>
    </message>
</context>
<context>
    <name>NoteMetadataFields</name>
    <message>
        <source>Session date</source>
        <translation>Tanggal sesi</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Jam mulai</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Jam selesai</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Bentuk pertemuan</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Jenis layanan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Case stage</source>
        <translation>Tahap kasus</translation>
    </message>
    <message>
        <source>Family members present</source>
        <translation>Anggota keluarga yang hadir</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Orang lain yang hadir</translation>
    </message>
    <message>
        <source>Others present, separated by commas</source>
        <translation>Orang lain yang hadir, dipisahkan dengan koma</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Note structure</source>
        <translation>Format catatan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NoteReadView</name>
    <message>
        <source>Signed note</source>
        <translation>Catatan ditandatangani</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Case stage</source>
        <translation>Tahap kasus</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Interventions used</source>
        <translation>Intervensi yang digunakan</translation>
    </message>
    <message>
        <source>Homework / agreements</source>
        <translation>Tugas rumah / kesepakatan</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Janji temu berikutnya</translation>
    </message>
</context>
<context>
    <name>NoteTextFields</name>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>What happens next, and who does it.</source>
        <translation>Apa langkah berikutnya, dan siapa yang melakukannya.</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervensi</translation>
    </message>
    <message>
        <source>e.g. psychoeducation, problem solving, family mediation</source>
        <translation>misalnya psikoedukasi, pemecahan masalah, mediasi keluarga</translation>
    </message>
    <message>
        <source>Interventions used</source>
        <translation>Intervensi yang digunakan</translation>
    </message>
    <message>
        <source>Homework and agreements</source>
        <translation>Tugas rumah dan kesepakatan</translation>
    </message>
    <message>
        <source>Homework / agreements</source>
        <translation>Tugas rumah / kesepakatan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Next appointment planned</source>
        <translation>Janji temu berikutnya direncanakan</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Janji temu berikutnya</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner institution</source>
        <translation>Ubah lembaga mitra</translation>
    </message>
    <message>
        <source>New partner institution</source>
        <translation>Lembaga mitra baru</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>Nama lembaga</translation>
    </message>
    <message>
        <source>e.g. Puskesmas Ciruas</source>
        <translation>misalnya Puskesmas Ciruas</translation>
    </message>
    <message>
        <source>Type of institution</source>
        <translation>Jenis lembaga</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Contact&apos;s position</source>
        <translation>Jabatan narahubung</translation>
    </message>
    <message>
        <source>e.g. Kepala Puskesmas</source>
        <translation>misalnya Kepala Puskesmas</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Layanan yang tersedia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Active (offered when referring)</source>
        <translation>Aktif (ditawarkan saat merujuk)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nama *</translation>
    </message>
    <message>
        <source>Type *</source>
        <translation>Jenis *</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the partner institution</source>
        <translation>Simpan lembaga mitra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PasswordPromptDialog</name>
    <message>
        <source>Your password</source>
        <translation>Kata sandi Anda</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Kesalahan kata sandi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Password strength</source>
        <translation>Kekuatan kata sandi</translation>
    </message>
    <message>
        <source>At least %1 characters. Three or four unrelated words work well.</source>
        <translation>Minimal %1 karakter. Tiga atau empat kata yang tidak saling berhubungan sudah baik.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>Kata sandi kuat.</translation>
    </message>
    <message>
        <source>Good enough. A longer one is even better.</source>
        <translation>Cukup kuat. Yang lebih panjang lebih baik lagi.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>PDF saved</source>
        <translation>PDF tersimpan</translation>
    </message>
    <message>
        <source>The PDF was saved.</source>
        <translation>PDF sudah disimpan.</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF tidak tersimpan</translation>
    </message>
    <message>
        <source>The document could not be printed. Check the printer.</source>
        <translation>Dokumen tidak dapat dicetak. Periksa printer.</translation>
    </message>
    <message>
        <source>Sent to the printer (%n page(s)).</source>
        <translation>Sudah dikirim ke printer (%n halaman).</translation>
    </message>
    <message>
        <source>The document was not printed</source>
        <translation>Dokumen tidak dicetak</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Jenis periode</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Triwulan</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Range of dates</source>
        <translation>Rentang tanggal</translation>
    </message>
    <message>
        <source>Which period of the year</source>
        <translation>Periode yang mana dalam tahun itu</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <source>Dates of the period</source>
        <translation>Tanggal periode</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Triwulan %1</translation>
    </message>
    <message>
        <source>Half %1</source>
        <translation>Semester %1</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Setahun penuh</translation>
    </message>
</context>
<context>
    <name>PersonalDataTab</name>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>The client&apos;s rights over their personal data (UU No. 27 Tahun 2022): keep parts of the record out of documents, receive a copy of everything recorded, and be anonymised after the retention period.</source>
        <translation>Hak klien atas data pribadinya (UU No. 27 Tahun 2022): merahasiakan sebagian data dari dokumen, menerima salinan seluruh data yang dicatat, dan dianonimkan setelah masa simpan berakhir.</translation>
    </message>
    <message>
        <source>Do not disclose</source>
        <translation>Jangan diungkap</translation>
    </message>
    <message>
        <source>Marked items are left out of exports and letters about this client; the document then says that something was left out.</source>
        <translation>Data yang ditandai tidak dimuat dalam ekspor dan surat tentang klien ini; dokumen lalu menyebutkan bahwa ada data yang tidak diungkapkan.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>(shown only to the head and to whoever made the mark)</source>
        <translation>(hanya untuk Kepala LK3 dan orang yang memasang tanda)</translation>
    </message>
    <message>
        <source>Marked on</source>
        <translation>Ditandai pada</translation>
    </message>
    <message>
        <source>Items not to be disclosed</source>
        <translation>Data yang jangan diungkap</translation>
    </message>
    <message>
        <source>Nothing is marked: every part of the record may appear in documents.</source>
        <translation>Tidak ada yang ditandai: seluruh data klien boleh dimuat dalam dokumen.</translation>
    </message>
    <message>
        <source>Mark…</source>
        <translation>Tandai…</translation>
    </message>
    <message>
        <source>Lift mark</source>
        <translation>Cabut tanda</translation>
    </message>
    <message>
        <source>Only the head of the center lifts a mark.</source>
        <translation>Hanya Kepala LK3 yang dapat mencabut tanda.</translation>
    </message>
    <message>
        <source>Export the client&apos;s data</source>
        <translation>Ekspor data klien</translation>
    </message>
    <message>
        <source>A copy of everything recorded about this client, for a request under UU PDP. Marked items are left out.</source>
        <translation>Salinan seluruh data yang dicatat tentang klien ini, untuk permintaan berdasarkan UU PDP. Data yang ditandai tidak dimuat.</translation>
    </message>
    <message>
        <source>Only the head of the center can export all of a client&apos;s data.</source>
        <translation>Hanya Kepala LK3 yang dapat mengekspor seluruh data klien.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Ekspor JSON…</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Hasil ekspor</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimkan</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonimisasi</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimkan…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>Every case of this client is closed and the retention period of %1 years has passed (since %2): the client may be anonymised.</source>
        <translation>Semua kasus klien ini sudah ditutup dan masa simpan %1 tahun sudah berakhir (sejak %2): klien ini dapat dianonimkan.</translation>
    </message>
    <message>
        <source>Marked: documents leave it out from now on.</source>
        <translation>Sudah ditandai: mulai sekarang dokumen tidak memuatnya.</translation>
    </message>
    <message>
        <source>Lift the mark on “%1”? It will appear again in exports and letters about this client.</source>
        <translation>Cabut tanda pada “%1”? Data ini akan kembali dimuat dalam ekspor dan surat tentang klien ini.</translation>
    </message>
    <message>
        <source>The mark was lifted.</source>
        <translation>Tanda sudah dicabut.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1: %2 records, %3 items left out (do not disclose).</source>
        <translation>%1 tersimpan: %2 catatan, %3 data tidak dimuat (jangan diungkap).</translation>
    </message>
    <message>
        <source>%1 attached document(s) in the folder %2.</source>
        <translation>%1 berkas terlampir ada di folder %2.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Tambah baris pada %1</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>Hapus baris terpilih dari %1</translation>
    </message>
</context>
<context>
    <name>PmksChecklist</name>
    <message>
        <source>PPKS categories (formerly PMKS)</source>
        <translation>Kategori PPKS (d/h PMKS)</translation>
    </message>
    <message>
        <source>Permensos 08/2012. Tick every category that applies to the client.</source>
        <translation>Permensos 08/2012. Centang setiap kategori yang berlaku bagi klien.</translation>
    </message>
    <message>
        <source>Find a PPKS category</source>
        <translation>Cari kategori PPKS</translation>
    </message>
    <message>
        <source>Type to find a category</source>
        <translation>Ketik untuk mencari kategori</translation>
    </message>
    <message>
        <source>PPKS category warning</source>
        <translation>Peringatan kategori PPKS</translation>
    </message>
    <message>
        <source>“%1” is for children under 5; the client is %2.</source>
        <translation>“%1” untuk balita (di bawah 5 tahun); klien berusia %2.</translation>
    </message>
    <message>
        <source>“%1” is for children under 18; the client is %2.</source>
        <translation>“%1” untuk anak (di bawah 18 tahun); klien berusia %2.</translation>
    </message>
    <message>
        <source>“%1” is for people aged 60 or older; the client is %2.</source>
        <translation>“%1” untuk lanjut usia (60 tahun ke atas); klien berusia %2.</translation>
    </message>
    <message>
        <source>“%1” is for adults; the client is %2.</source>
        <translation>“%1” untuk orang dewasa (18 tahun ke atas); klien berusia %2.</translation>
    </message>
    <message>
        <source>“%1” is for women only.</source>
        <translation>“%1” hanya untuk perempuan.</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <translation>%1 tahun</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. The ready rows are imported together, in one step: all of them or, if anything goes wrong, none.</source>
        <translation>Belum ada yang disimpan. Baris yang siap diimpor bersama dalam satu langkah: semuanya, atau bila ada yang gagal, tidak satu pun.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Baris yang tidak akan diimpor</translation>
    </message>
    <message>
        <source>Save the rows not imported…</source>
        <translation>Simpan baris yang tidak diimpor…</translation>
    </message>
    <message>
        <source>Save the rows not imported as a workbook</source>
        <translation>Simpan baris yang tidak diimpor sebagai berkas Excel</translation>
    </message>
    <message>
        <source>Workbook saved</source>
        <translation>Berkas tersimpan</translation>
    </message>
    <message>
        <source>%1 clients are ready to import.</source>
        <translation>%1 klien siap diimpor.</translation>
    </message>
    <message>
        <source>%1 of them with a new case.</source>
        <translation>%1 di antaranya dengan kasus baru.</translation>
    </message>
    <message>
        <source>%1 rows will not be imported (%2 of them may be people already registered or rows repeated in the file; they are never merged). Save them as a workbook, fix them and import that workbook later.</source>
        <translation>%1 baris tidak akan diimpor (%2 di antaranya mungkin orang yang sudah terdaftar atau baris yang berulang di berkas; tidak pernah digabung). Simpan sebagai berkas Excel, perbaiki, lalu impor berkas itu kemudian.</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>Simpan baris yang tidak diimpor</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 rows saved in %2.</source>
        <translation>%1 baris disimpan di %2.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Choose logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Gambar (%1)</translation>
    </message>
    <message>
        <source>Only the head of the center can change the profile.</source>
        <translation>Hanya Kepala LK3 yang dapat mengubah profil.</translation>
    </message>
    <message>
        <source>Name of the LK3</source>
        <translation>Nama LK3</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Kesalahan nama</translation>
    </message>
    <message>
        <source>Center code</source>
        <translation>Kode lembaga</translation>
    </message>
    <message>
        <source>Used in letter numbers, e.g. LK3-PDG</source>
        <translation>Dipakai dalam nomor surat, misalnya LK3-PDG</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Province error</source>
        <translation>Kesalahan provinsi</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Kabupaten atau kota</translation>
    </message>
    <message>
        <source>Regency error</source>
        <translation>Kesalahan kabupaten/kota</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>E-mail error</source>
        <translation>Kesalahan email</translation>
    </message>
    <message>
        <source>Name of the head</source>
        <translation>Nama Kepala LK3</translation>
    </message>
    <message>
        <source>As it should appear under the signature</source>
        <translation>Sebagaimana tertulis di bawah tanda tangan</translation>
    </message>
    <message>
        <source>NIP of the head</source>
        <translation>NIP Kepala LK3</translation>
    </message>
    <message>
        <source>18 digits; leave empty if none</source>
        <translation>18 angka; kosongkan bila tidak ada</translation>
    </message>
    <message>
        <source>NIP error</source>
        <translation>Kesalahan NIP</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Pilih gambar…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Pilih gambar logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>Logo error</source>
        <translation>Kesalahan logo</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Status profil</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the center profile</source>
        <translation>Simpan profil lembaga</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>This file is not an image that can be read.</source>
        <translation>Berkas ini bukan gambar yang dapat dibaca.</translation>
    </message>
    <message>
        <source>Enter the name of the LK3.</source>
        <translation>Isi nama LK3.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Isian ini tidak tampak seperti alamat email.</translation>
    </message>
    <message>
        <source>Choose a province from the list.</source>
        <translation>Pilih provinsi dari daftar.</translation>
    </message>
    <message>
        <source>Choose a regency or city from the list.</source>
        <translation>Pilih kabupaten atau kota dari daftar.</translation>
    </message>
    <message>
        <source>This regency or city is not in the chosen province.</source>
        <translation>Kabupaten atau kota ini tidak berada di provinsi yang dipilih.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>The profile was saved.</source>
        <translation>Profil sudah disimpan.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>PsychosocialForm</name>
    <message>
        <source>Psychosocial assessment form</source>
        <translation>Formulir asesmen psikososial</translation>
    </message>
    <message>
        <source>Psychosocial assessment</source>
        <translation>Asesmen psikososial</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Tanggal asesmen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kind of assessment</source>
        <translation>Jenis asesmen</translation>
    </message>
    <message>
        <source>Date error</source>
        <translation>Kesalahan tanggal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Presenting problem</source>
        <translation>Masalah utama</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Family relations</source>
        <translation>Relasi keluarga</translation>
    </message>
    <message>
        <source>Genogram notes</source>
        <translation>Catatan genogram</translation>
    </message>
    <message>
        <source>Strengths and protective factors</source>
        <translation>Kekuatan dan faktor pelindung</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Faktor risiko</translation>
    </message>
    <message>
        <source>Counselor&apos;s conclusion</source>
        <translation>Kesimpulan konselor</translation>
    </message>
    <message>
        <source>Needs by domain</source>
        <translation>Kebutuhan per bidang</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Conclusion error</source>
        <translation>Kesalahan kesimpulan</translation>
    </message>
    <message>
        <source>Risk level error</source>
        <translation>Kesalahan tingkat risiko</translation>
    </message>
    <message>
        <source>Overall risk level</source>
        <translation>Tingkat risiko keseluruhan</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Rencana keselamatan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Add a safety plan row</source>
        <translation>Tambah baris rencana keselamatan</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Remove the selected safety plan row</source>
        <translation>Hapus baris rencana keselamatan yang dipilih</translation>
    </message>
    <message>
        <source>Safety plan message</source>
        <translation>Pesan rencana keselamatan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Back to the assessments</source>
        <translation>Kembali ke daftar asesmen</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Hapus draf</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>Attachments of the assessment</source>
        <translation>Lampiran asesmen</translation>
    </message>
    <message>
        <source>Save the psychosocial assessment</source>
        <translation>Simpan asesmen psikososial</translation>
    </message>
    <message>
        <source>Safety plan *</source>
        <translation>Rencana keselamatan *</translation>
    </message>
    <message>
        <source>Needed when the risk level is high: who does what, and when. The plan the client takes home is a client safety plan (New safety plan).</source>
        <translation>Wajib diisi bila tingkat risiko tinggi: siapa melakukan apa, dan kapan. Rencana yang dibawa pulang oleh klien adalah rencana keselamatan klien (Rencana keselamatan baru).</translation>
    </message>
    <message>
        <source>High risk: before signing, write at least one complete row saying who does what, and when.</source>
        <translation>Risiko tinggi: sebelum menandatangani, tulis minimal satu baris lengkap tentang siapa melakukan apa, dan kapan.</translation>
    </message>
    <message>
        <source>The assessment was not saved</source>
        <translation>Asesmen tidak tersimpan</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>Save the draft first: the PDF shows the assessment as it was saved.</source>
        <translation>Simpan draf terlebih dahulu: PDF memuat asesmen sebagaimana tersimpan.</translation>
    </message>
    <message>
        <source>Save assessment as PDF</source>
        <translation>Simpan asesmen sebagai PDF</translation>
    </message>
    <message>
        <source>Delete this draft assessment? What was written will be gone.</source>
        <translation>Hapus draf asesmen ini? Semua yang sudah ditulis akan hilang.</translation>
    </message>
    <message>
        <source>The assessment has unsaved changes. Discard them?</source>
        <translation>Asesmen ini memiliki perubahan yang belum disimpan. Buang perubahan tersebut?</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Folder berkas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak dikenal</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>&amp;Billing information:</source>
        <translation>&amp;Informasi penagihan:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Akhir:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Awal:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Halaman sampul</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Terbatas</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Siang (06.00 sampai 17.59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Tahan tanpa batas waktu</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Pekerjaan cetak</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>&amp;Prioritas pekerjaan:</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Kendali pekerjaan cetak</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Malam (18.00 sampai 05.59)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Cetak segera</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Jadwal cetak:</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Giliran kedua (16.00 sampai 23.59)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Sangat rahasia</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Waktu tertentu</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Baku</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Giliran ketiga (00.00 sampai 07.59)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Paling rahasia</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Akhir pekan (Sabtu sampai Minggu)</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Cari di:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat terakhir</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti berkas tersebut?</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa apakah nama folder sudah benar.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkas sudah benar.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari perubahan.
Tetap hapus?</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Beralih ke tampilan rinci</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Beralih ke tampilan daftar</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Cari folder</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan penanda</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Panel samping</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer saya</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Ukuran khusus</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Tinggi:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inci (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Mendatar (lanskap)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimeter (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientasi</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Urutan halaman:</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Tata letak halaman</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Ukuran halaman:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Halaman &amp;per lembar:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Sumber kertas:</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Poin (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Tegak (potret)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Mendatar terbalik</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Tegak terbalik</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Lebar:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>margin bawah</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>margin kiri</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>margin kanan</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>margin atas</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom</source>
        <translation>Ukuran khusus</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>Ukuran khusus (%1CC x %2CC)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>Ukuran khusus (%1DD x %2DD)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>Ukuran khusus (%1in x %2in)</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Ukuran khusus (%1mm x %2mm)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>Ukuran khusus (%1pc x %2pc)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>Ukuran khusus (%1pt x %2pt)</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Kartu pos ganda</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Kartu pos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note (catatan)</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Kertas sambung Jerman (8,5 x 12 in)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Kertas sambung Jerman Legal (8,5 x 13 in)</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Kertas sambung AS (14,875 x 11 in)</translation>
    </message>
    <message>
        <source>Architect A</source>
        <translation>Arsitek A</translation>
    </message>
    <message>
        <source>Architect B</source>
        <translation>Arsitek B</translation>
    </message>
    <message>
        <source>Architect C</source>
        <translation>Arsitek C</translation>
    </message>
    <message>
        <source>Architect D</source>
        <translation>Arsitek D</translation>
    </message>
    <message>
        <source>Architect E</source>
        <translation>Arsitek E</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Amplop B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Amplop B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Amplop B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Amplop C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Amplop C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Amplop C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Amplop C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Amplop C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Amplop C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Amplop C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Amplop C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Amplop C7</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Amplop Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Amplop Chou 4</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Amplop DL</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Amplop Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Amplop Kaku 3</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Amplop Monarch</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Amplop PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Amplop PRC 10</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Amplop PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Amplop PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Amplop PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Amplop PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Amplop PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Amplop PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Amplop PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Amplop PRC 9</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Amplop Personal</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Amplop US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Amplop US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Amplop US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Amplop US 14</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Amplop US 9</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>Amplop You 4</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Amplop undangan</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Amplop Italia</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 sudah ada.
Timpa berkas itu?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 tidak ditulis dengan benar. Pisahkan halaman dan rentang dengan &apos;,&apos;, tulis rentang dengan &apos;-&apos;, dan pastikan rentang tidak saling tumpang tindih.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 adalah folder.
Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Pilihan &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Pilihan &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Semua halaman</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bawah ke atas, kiri ke kanan</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bawah ke atas, kanan ke kiri</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Pengaturan cetak bolak-balik bertentangan</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Halaman genap</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Berkas %1 tidak dapat ditulisi.
Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Halaman tidak ditulis dengan benar</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Kiri ke kanan, bawah ke atas</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Kiri ke kanan, atas ke bawah</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Berkas lokal</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Halaman ganjil</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Pilihan &apos;Halaman per lembar&apos; dan &apos;Kumpulan halaman&apos; tidak dapat dipakai bersama.
Matikan salah satunya.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Cetak ke berkas…</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Cetak ke berkas (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Kanan ke kiri, bawah ke atas</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Kanan ke kiri, atas ke bawah</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Halaman &apos;dari&apos; tidak boleh lebih besar daripada halaman &apos;sampai&apos;.</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Pengaturan cetak bolak-balik bertentangan. Perbaiki sekarang?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Atas ke bawah, kiri ke kanan</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Atas ke bawah, kanan ke kiri</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Tulis berkas PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Pilihan lanjutan bertentangan</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Pilihan pekerjaan cetak</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Pengaturan halaman bertentangan</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Properti printer</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Pengaturan halaman bertentangan. Perbaiki sekarang?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Beberapa pilihan lanjutan bertentangan. Perbaiki sekarang?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Lanjutan</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Beberapa pilihan bertentangan. Perbaiki dulu.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Susun per salinan</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Berwarna</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Mode warna</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Jumlah salinan:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Halaman ini</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Cetak bolak-balik</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Skala abu-abu</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Jilid sisi panjang</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Pengaturan hasil</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Kumpulan halaman:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Halaman dari</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Cetak semua</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Rentang cetak</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Urutan terbalik</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Pilihan teks</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Jilid sisi pendek</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Tulis halaman atau rentang, dipisahkan koma. Rentang ditulis dengan dua angka dan tanda hubung. Misalnya 3,5-7,9 mencetak halaman 3, 5, 6, 7, dan 9.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Berkas hasil:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperti</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;alamat tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Tertulis</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Perhaps</source>
        <translation>Mungkin</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>(no similar name)</source>
        <translation>(tidak ada nama yang mirip)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(dikosongkan)</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Names to confirm</source>
        <translation>Nama yang perlu dipastikan</translation>
    </message>
    <message>
        <source>These names match no region or account for certain. Choose the right one; a row whose name stays unanswered is not imported and is listed with the reason.</source>
        <translation>Nama-nama ini tidak cocok dengan pasti dengan wilayah atau akun mana pun. Pilih yang benar; baris yang namanya tidak dijawab tidak diimpor dan ditampilkan beserta alasannya.</translation>
    </message>
    <message>
        <source>Checking every row with the answers…</source>
        <translation>Memeriksa setiap baris dengan jawaban…</translation>
    </message>
    <message>
        <source>%1 more name(s) to confirm came up with your answers.</source>
        <translation>Dengan jawaban Anda muncul %1 nama lagi yang perlu dipastikan.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign counselor</source>
        <translation>Ganti konselor</translation>
    </message>
    <message>
        <source>Counselor now: %1</source>
        <translation>Konselor saat ini: %1</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>belum ditentukan</translation>
    </message>
    <message>
        <source>New counselor</source>
        <translation>Konselor baru</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Ganti konselor</translation>
    </message>
    <message>
        <source>Choose a counselor.</source>
        <translation>Pilih konselor.</translation>
    </message>
</context>
<context>
    <name>RecoveryCardDialog</name>
    <message>
        <source>Save recovery card</source>
        <translation>Simpan kartu pemulihan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Recovery card</source>
        <translation>Kartu pemulihan</translation>
    </message>
    <message>
        <source>Print recovery card</source>
        <translation>Cetak kartu pemulihan</translation>
    </message>
    <message>
        <source>Recovery code for %1</source>
        <translation>Kode pemulihan untuk %1</translation>
    </message>
    <message>
        <source>This code opens the database on any computer, without a password. Print the card or save it as a PDF now.</source>
        <translation>Kode ini membuka basis data di komputer mana pun, tanpa kata sandi. Cetak kartunya atau simpan sebagai PDF sekarang.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>Second code: the office recovery key. With it, the head gets new keys and opens every case&apos;s sealed clinical records again after a recovery.</source>
        <translation>Kode kedua: kunci pemulihan kantor. Dengan kode ini, setelah pemulihan Kepala LK3 mendapat kunci baru dan dapat membuka kembali catatan klinis tersegel di setiap kasus.</translation>
    </message>
    <message>
        <source>Office recovery key code</source>
        <translation>Kode kunci pemulihan kantor</translation>
    </message>
    <message>
        <source>Keep the card in a safe place, locked away and separate from this computer and from any backup drive. Anyone holding both the card and a copy of the data can read every record.</source>
        <translation>Simpan kartu di tempat aman dan terkunci, terpisah dari komputer ini dan dari media cadangan. Siapa pun yang memegang kartu sekaligus salinan data dapat membaca semua catatan.</translation>
    </message>
    <message>
        <source>A newer card makes this one invalid: when the database key is changed, print the new card and destroy the old one.</source>
        <translation>Kartu yang lebih baru membuat kartu ini tidak berlaku: bila kunci basis data diganti, cetak kartu baru dan musnahkan kartu lama.</translation>
    </message>
    <message>
        <source>Recovery card status</source>
        <translation>Status kartu pemulihan</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save the recovery card as PDF</source>
        <translation>Simpan kartu pemulihan sebagai PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Print the recovery card</source>
        <translation>Cetak kartu pemulihan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The disk is full. Choose another place to save the card.</source>
        <translation>Disk penuh. Pilih tempat lain untuk menyimpan kartu.</translation>
    </message>
    <message>
        <source>The card could not be saved there. Choose another folder.</source>
        <translation>Kartu tidak dapat disimpan di sana. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Saved as %1. Keep the file off this computer, like the card itself, and delete it here once it is printed.</source>
        <translation>Tersimpan sebagai %1. Jangan simpan berkas ini di komputer ini, sama seperti kartunya, dan hapus dari sini setelah dicetak.</translation>
    </message>
    <message>
        <source>The card could not be printed. Check the printer and try again.</source>
        <translation>Kartu tidak dapat dicetak. Periksa printer lalu coba lagi.</translation>
    </message>
    <message>
        <source>The card was sent to the printer.</source>
        <translation>Kartu sudah dikirim ke printer.</translation>
    </message>
    <message>
        <source>The card has not been printed or saved yet. Without it, the database cannot be opened if every password is lost. Close anyway?</source>
        <translation>Kartu belum dicetak atau disimpan. Tanpa kartu ini, basis data tidak dapat dibuka bila semua kata sandi hilang. Tetap tutup?</translation>
    </message>
    <message>
        <source>Close without the card</source>
        <translation>Tutup tanpa kartu</translation>
    </message>
</context>
<context>
    <name>RecoveryCardFlow</name>
    <message>
        <source>The database key was changed, and the new recovery card has not been printed or saved yet. The old card no longer opens the database: print or save this card now, before anything else, and destroy the old one.</source>
        <translation>Kunci basis data telah diganti, dan kartu pemulihan yang baru belum dicetak atau disimpan. Kartu lama tidak dapat lagi membuka basis data: cetak atau simpan kartu ini sekarang, sebelum hal lain, lalu musnahkan kartu lama.</translation>
    </message>
</context>
<context>
    <name>ReferralActions</name>
    <message>
        <source>Open…</source>
        <translation>Buka…</translation>
    </message>
    <message>
        <source>Open the referral</source>
        <translation>Buka rujukan</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <source>Submit the referral for signing</source>
        <translation>Ajukan rujukan untuk ditandatangani</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Tandatangani…</translation>
    </message>
    <message>
        <source>Sign and number the letter</source>
        <translation>Tandatangani dan beri nomor surat</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Surat…</translation>
    </message>
    <message>
        <source>Show the signed letter</source>
        <translation>Tampilkan surat yang sudah ditandatangani</translation>
    </message>
    <message>
        <source>Update status…</source>
        <translation>Perbarui status…</translation>
    </message>
    <message>
        <source>Update the referral status</source>
        <translation>Perbarui status rujukan</translation>
    </message>
    <message>
        <source>Partner reply…</source>
        <translation>Balasan mitra…</translation>
    </message>
    <message>
        <source>Record the partner&apos;s reply</source>
        <translation>Catat balasan mitra</translation>
    </message>
    <message>
        <source>Cancel referral…</source>
        <translation>Batalkan rujukan…</translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation>Batalkan rujukan</translation>
    </message>
    <message>
        <source>Sign the referral of %1 to %2</source>
        <translation>Tandatangani rujukan %1 ke %2</translation>
    </message>
    <message>
        <source>%1 to %2 · signed %3 by %4 · status: %5 · verification code %6</source>
        <translation>%1 ke %2 · ditandatangani %3 oleh %4 · status: %5 · kode verifikasi %6</translation>
    </message>
    <message>
        <source>CANCELLED: %1</source>
        <translation>DIBATALKAN: %1</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Rujukan baru</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Edit referral</source>
        <translation>Ubah rujukan</translation>
    </message>
    <message>
        <source>%1 · case %2</source>
        <translation>%1 · kasus %2</translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>Pesan formulir</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>Lembaga mitra</translation>
    </message>
    <message>
        <source>Refer to *</source>
        <translation>Rujuk ke *</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Alasan rujukan</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Alasan *</translation>
    </message>
    <message>
        <source>Services requested</source>
        <translation>Layanan yang diminta</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgensi</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>Situasi keluarga</translation>
    </message>
    <message>
        <source>Presenting problem summary</source>
        <translation>Ringkasan masalah utama</translation>
    </message>
    <message>
        <source>Problem summary</source>
        <translation>Ringkasan masalah</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Ringkasan asesmen</translation>
    </message>
    <message>
        <source>Attachments, one per line</source>
        <translation>Lampiran, satu per baris</translation>
    </message>
    <message>
        <source>Copies to, one per line</source>
        <translation>Tembusan, satu per baris</translation>
    </message>
    <message>
        <source>One per line, e.g.
Copy of the KTP
Copy of the family card</source>
        <translation>Satu berkas per baris, misalnya:
Fotokopi KTP
Fotokopi Kartu Keluarga</translation>
    </message>
    <message>
        <source>Subject of the letter</source>
        <translation>Hal surat</translation>
    </message>
    <message>
        <source>Subject (Hal) *</source>
        <translation>Hal *</translation>
    </message>
    <message>
        <source>Documents kept in the app are chosen with “Documents for the letter…” and listed after these lines: type here only what goes on paper alone.</source>
        <translation>Dokumen yang tersimpan di aplikasi dipilih lewat “Dokumen untuk surat…” dan dicantumkan sesudah baris-baris ini: ketik di sini hanya yang dikirim di kertas saja.</translation>
    </message>
    <message>
        <source>Attachments (one per line)</source>
        <translation>Lampiran (satu per baris)</translation>
    </message>
    <message>
        <source>One per line, e.g.
Kepala Dinas Sosial Kota Serang</source>
        <translation>Satu penerima per baris, misalnya:
Kepala Dinas Sosial Kota Serang</translation>
    </message>
    <message>
        <source>Copies to (one per line)</source>
        <translation>Tembusan (satu per baris)</translation>
    </message>
    <message>
        <source>Check on</source>
        <translation>Pantau pada</translation>
    </message>
    <message>
        <source>Set a follow-up date</source>
        <translation>Tentukan tanggal tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Tanggal tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Persetujuan berbagi data</translation>
    </message>
    <message>
        <source>Only the information the client (or a parent or guardian) agreed to share is printed on the letter. Record who agreed.</source>
        <translation>Hanya informasi yang disetujui klien (atau orang tua atau wali) untuk dibagikan yang dicetak pada surat. Catat siapa yang menyetujui.</translation>
    </message>
    <message>
        <source>Share: %1</source>
        <translation>Bagikan: %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>Boleh dibagikan</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Persetujuan diberikan oleh</translation>
    </message>
    <message>
        <source>Name of the person who consented</source>
        <translation>Nama orang yang memberi persetujuan</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <source>Consent given by *</source>
        <translation>Persetujuan diberikan oleh *</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Riwayat status</translation>
    </message>
    <message>
        <source>%1 · %2 · by %3</source>
        <translation>%1 · %2 · oleh %3</translation>
    </message>
    <message>
        <source>Partner&apos;s reply (%1)</source>
        <translation>Balasan mitra (%1)</translation>
    </message>
    <message>
        <source>Partner&apos;s reply</source>
        <translation>Balasan mitra</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <source>Save the referral</source>
        <translation>Simpan rujukan</translation>
    </message>
    <message>
        <source>Save and submit</source>
        <translation>Simpan dan ajukan</translation>
    </message>
    <message>
        <source>Save the referral and submit it for the head&apos;s signature</source>
        <translation>Simpan rujukan dan ajukan untuk ditandatangani Kepala LK3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Documents for the letter…</source>
        <translation>Dokumen untuk surat…</translation>
    </message>
    <message>
        <source>Choose documents to go with the letter</source>
        <translation>Pilih dokumen yang disertakan dengan surat</translation>
    </message>
    <message>
        <source>Attachments of the referral</source>
        <translation>Lampiran rujukan</translation>
    </message>
    <message>
        <source>Documents for the letter (%1)…</source>
        <translation>Dokumen untuk surat (%1)…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Letter %1 of %2</source>
        <translation>Surat %1 tanggal %2</translation>
    </message>
    <message>
        <source>Drafted by %1</source>
        <translation>Draf dibuat oleh %1</translation>
    </message>
    <message>
        <source>The draft is saved. Complete it, then submit again.</source>
        <translation>Draf sudah disimpan. Lengkapi, lalu ajukan kembali.</translation>
    </message>
</context>
<context>
    <name>ReferralLabels</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Received by partner</source>
        <translation>Diterima mitra</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Tidak datang</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Segera</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Darurat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Place and date of birth / age</source>
        <translation>Tempat dan tanggal lahir / usia</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Parent / guardian</source>
        <translation>Orang tua / wali</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>Situasi keluarga</translation>
    </message>
    <message>
        <source>Presenting problem summary</source>
        <translation>Ringkasan masalah utama</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Ringkasan asesmen</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Klien sendiri</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Orang tua</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Wali</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <source>Update referral status</source>
        <translation>Perbarui status rujukan</translation>
    </message>
    <message>
        <source>Partner&apos;s reply</source>
        <translation>Balasan mitra</translation>
    </message>
    <message>
        <source>Cancel referral</source>
        <translation>Batalkan rujukan</translation>
    </message>
    <message>
        <source>%1 to %2 · now: %3</source>
        <translation>%1 ke %2 · saat ini: %3</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Status baru</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Next check on</source>
        <translation>Pantau lagi pada</translation>
    </message>
    <message>
        <source>Set the next follow-up date</source>
        <translation>Tentukan tanggal tindak lanjut berikutnya</translation>
    </message>
    <message>
        <source>Next follow-up date</source>
        <translation>Tanggal tindak lanjut berikutnya</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Keep the status</source>
        <translation>Status tidak berubah</translation>
    </message>
    <message>
        <source>Summary of the partner&apos;s reply</source>
        <translation>Ringkasan balasan mitra</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Balasan diterima pada</translation>
    </message>
    <message>
        <source>Reply *</source>
        <translation>Balasan *</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>Surat balasan</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Alasan pembatalan</translation>
    </message>
    <message>
        <source>Letter %1 keeps its number and stays in the archive, marked as cancelled. It can no longer be printed.</source>
        <translation>Surat %1 tetap memakai nomornya dan tetap ada di arsip, dengan tanda dibatalkan. Surat itu tidak dapat dicetak lagi.</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Alasan *</translation>
    </message>
    <message>
        <source>Documents of the referral to %1</source>
        <translation>Dokumen rujukan ke %1</translation>
    </message>
    <message>
        <source>Attach or open the scanned reply…</source>
        <translation>Lampirkan atau buka pindaian balasan…</translation>
    </message>
    <message>
        <source>The partner&apos;s written reply</source>
        <translation>Surat balasan lembaga mitra</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Simpan status</translation>
    </message>
    <message>
        <source>Save reply</source>
        <translation>Simpan balasan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Nomor registrasi</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>Lembaga mitra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>The follow-up date has passed: check that the family arrived.</source>
        <translation>Tanggal tindak lanjut sudah lewat: pastikan keluarga sudah datang.</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (terlambat)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Verification code of a letter</source>
        <translation>Kode verifikasi surat</translation>
    </message>
    <message>
        <source>Verification code, e.g. 7K3QD-XM2PA</source>
        <translation>Kode verifikasi, misalnya 7K3QD-XM2PA</translation>
    </message>
    <message>
        <source>Verify letter</source>
        <translation>Verifikasi surat</translation>
    </message>
    <message>
        <source>Find the archived letter with this verification code</source>
        <translation>Cari surat di arsip dengan kode verifikasi ini</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Hasil verifikasi</translation>
    </message>
    <message>
        <source>Referrals and partner institutions</source>
        <translation>Rujukan dan lembaga mitra</translation>
    </message>
    <message>
        <source>Partner institutions</source>
        <translation>Lembaga mitra</translation>
    </message>
    <message>
        <source>Show referrals with status</source>
        <translation>Tampilkan rujukan dengan status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Search referrals</source>
        <translation>Cari rujukan</translation>
    </message>
    <message>
        <source>Client, partner, registration or letter number</source>
        <translation>Klien, mitra, nomor registrasi, atau nomor surat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Tindak lanjut terlambat</translation>
    </message>
    <message>
        <source>Referrals hold clinical content; they are shown to the head and to counselors for their own cases. The partner directory is open to everyone.</source>
        <translation>Rujukan memuat informasi klinis; hanya ditampilkan kepada Kepala LK3 dan kepada konselor untuk kasusnya sendiri. Daftar lembaga mitra terbuka untuk semua.</translation>
    </message>
    <message>
        <source>Search partner institutions</source>
        <translation>Cari lembaga mitra</translation>
    </message>
    <message>
        <source>Name, service, address or contact</source>
        <translation>Nama, layanan, alamat, atau narahubung</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Tampilkan yang nonaktif</translation>
    </message>
    <message>
        <source>Show inactive partner institutions</source>
        <translation>Tampilkan lembaga mitra yang nonaktif</translation>
    </message>
    <message>
        <source>Add partner…</source>
        <translation>Tambah mitra…</translation>
    </message>
    <message>
        <source>Add a partner institution</source>
        <translation>Tambah lembaga mitra</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Edit the partner institution</source>
        <translation>Ubah lembaga mitra</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) past the follow-up date: check that the family arrived.</source>
        <translation>
            <numerusform>%n rujukan melewati tanggal tindak lanjut: pastikan keluarga sudah datang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the code printed in the letter&apos;s footer.</source>
        <translation>Ketik kode yang tercetak di kaki surat.</translation>
    </message>
    <message>
        <source>No letter in the archive has this code. The letter may not come from this office.</source>
        <translation>Tidak ada surat di arsip dengan kode ini. Surat tersebut mungkin bukan berasal dari lembaga ini.</translation>
    </message>
    <message>
        <source>Letter %1 is registered, but its file was erased when the client&apos;s data was anonymised.</source>
        <translation>Surat %1 tercatat, tetapi berkasnya dihapus saat data klien dianonimkan.</translation>
    </message>
    <message>
        <source>Letter %1 is in the archive, but its stored file was altered.</source>
        <translation>Surat %1 ada di arsip, tetapi berkas yang tersimpan telah diubah.</translation>
    </message>
    <message>
        <source>Letter %1 is in the archive. Compare it with the paper.</source>
        <translation>Surat %1 ada di arsip. Bandingkan dengan surat kertasnya.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>New client</source>
        <translation>Klien baru</translation>
    </message>
    <message>
        <source>‹ Client list</source>
        <translation>‹ Daftar klien</translation>
    </message>
    <message>
        <source>Back to the client list</source>
        <translation>Kembali ke daftar klien</translation>
    </message>
    <message>
        <source>Register the client first; the family, a case and the consent are added on the client&apos;s page right after saving.</source>
        <translation>Daftarkan klien terlebih dahulu; keluarga, kasus, dan persetujuan ditambahkan di halaman klien setelah disimpan.</translation>
    </message>
</context>
<context>
    <name>RemoveActivityDialog</name>
    <message>
        <source>Remove the activity</source>
        <translation>Hapus kegiatan</translation>
    </message>
    <message>
        <source>“%1” is taken off the register and stops counting in reports made from now on. The record and the reason stay in the audit trail.</source>
        <translation>“%1” dikeluarkan dari daftar dan tidak dihitung lagi dalam laporan yang dibuat sesudah ini. Catatannya dan alasannya tetap ada di jejak audit.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Periodic report</source>
        <translation>Laporan periodik</translation>
    </message>
    <message>
        <source>Print the periodic report</source>
        <translation>Cetak laporan periodik</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Only the head of the center makes the periodic report for the social affairs office (Dinas Sosial).</source>
        <translation>Hanya Kepala LK3 yang membuat laporan periodik untuk Dinas Sosial.</translation>
    </message>
    <message>
        <source>The activity report for the social affairs office (Dinas Sosial), counted from the records. It holds numbers only, never a client&apos;s name.</source>
        <translation>Laporan kegiatan untuk Dinas Sosial, dihitung dari catatan kasus. Laporan hanya memuat angka, tidak pernah nama klien.</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Kode ujung rantai audit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Table shown</source>
        <translation>Tabel yang ditampilkan</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabel laporan</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status laporan</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save the periodic report as PDF</source>
        <translation>Simpan laporan periodik sebagai PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Audit chain head: shown when the counts are ready.</source>
        <translation>Kode ujung rantai audit: tampil setelah penghitungan selesai.</translation>
    </message>
    <message>
        <source>Audit chain head: %1. It is printed on every page of the report, so a chain rebuilt later can be caught by comparing.</source>
        <translation>Kode ujung rantai audit: %1. Kode ini dicetak di setiap halaman laporan, sehingga jejak audit yang disusun ulang kemudian dapat diketahui dengan mencocokkannya.</translation>
    </message>
    <message>
        <source>Save periodic report</source>
        <translation>Simpan laporan periodik</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files in a zip (*.zip)</source>
        <translation>Berkas CSV dalam zip (*.zip)</translation>
    </message>
    <message>
        <source>Counting progress</source>
        <translation>Kemajuan penghitungan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation>Hentikan penghitungan</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Notes of the head</source>
        <translation>Catatan pimpinan</translation>
    </message>
    <message>
        <source>Issued reports</source>
        <translation>Laporan terbit</translation>
    </message>
    <message>
        <source>Issue the report…</source>
        <translation>Terbitkan laporan…</translation>
    </message>
    <message>
        <source>Issue the report and keep it as sent</source>
        <translation>Terbitkan laporan dan simpan sebagaimana dikirim</translation>
    </message>
    <message>
        <source>Activities outside casework…</source>
        <translation>Kegiatan di luar kasus…</translation>
    </message>
    <message>
        <source>Open the register of activities outside casework</source>
        <translation>Buka daftar kegiatan di luar kasus</translation>
    </message>
    <message>
        <source>The report counts the activities recorded under Jadwal.</source>
        <translation>Laporan menghitung kegiatan yang dicatat di Jadwal.</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>Simpan XLSX…</translation>
    </message>
    <message>
        <source>Save the periodic report as a spreadsheet</source>
        <translation>Simpan laporan periodik sebagai lembar kerja</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Simpan CSV…</translation>
    </message>
    <message>
        <source>Save the periodic report as CSV files</source>
        <translation>Simpan laporan periodik sebagai berkas CSV</translation>
    </message>
    <message>
        <source>Counting stopped. Choose a period to count again.</source>
        <translation>Penghitungan dihentikan. Pilih periode untuk menghitung lagi.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <source>Issue the report</source>
        <translation>Terbitkan laporan</translation>
    </message>
    <message>
        <source>The notes of the head (obstacles, follow-up, recommendations) are empty. Issue the report without them?</source>
        <translation>Catatan pimpinan (kendala, tindak lanjut, rekomendasi) masih kosong. Terbitkan laporan tanpa catatan?</translation>
    </message>
    <message>
        <source>Issue without notes</source>
        <translation>Terbitkan tanpa catatan</translation>
    </message>
    <message>
        <source>Issue the report for %1? It is counted once more, printed with your notes and kept exactly as issued, with its fingerprint, so it can be saved again later as it was sent.</source>
        <translation>Terbitkan laporan %1? Laporan dihitung sekali lagi, dicetak bersama catatan Anda, dan disimpan persis seperti diterbitkan beserta sidiknya, sehingga kelak dapat disimpan lagi sebagaimana dikirim.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <source>Issuing the report…</source>
        <translation>Menerbitkan laporan…</translation>
    </message>
    <message>
        <source>Issued: the report for %1 is kept as sent. Save or print it from “Issued reports”.</source>
        <translation>Diterbitkan: laporan %1 disimpan sebagaimana dikirim. Simpan atau cetak dari “Laporan terbit”.</translation>
    </message>
    <message>
        <source>The disk is full. Choose another place to save the report.</source>
        <translation>Disk penuh. Pilih tempat lain untuk menyimpan laporan.</translation>
    </message>
    <message>
        <source>The report could not be saved there. Choose another folder.</source>
        <translation>Laporan tidak dapat disimpan di sana. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>The report could not be printed. Check the printer and try again.</source>
        <translation>Laporan tidak dapat dicetak. Periksa printer lalu coba lagi.</translation>
    </message>
    <message numerus="yes">
        <source>The report was sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Laporan telah dikirim ke printer (%n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Membuat laporan…</translation>
    </message>
</context>
<context>
    <name>ResolveFlagDialog</name>
    <message>
        <source>Record the action taken</source>
        <translation>Catat tindakan yang diambil</translation>
    </message>
    <message>
        <source>Write what was done about this risk: for example the safety plan agreed, who was contacted, or where the client was referred. The flag is then closed and stays in the record.</source>
        <translation>Tulis apa yang dilakukan terhadap risiko ini: misalnya rencana keselamatan yang disepakati, siapa yang dihubungi, atau ke mana klien dirujuk. Tanda risiko lalu ditutup dan tetap tersimpan dalam catatan.</translation>
    </message>
    <message>
        <source>Risk flag</source>
        <translation>Tanda risiko</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Tindakan yang diambil</translation>
    </message>
    <message>
        <source>Action error</source>
        <translation>Kesalahan tindakan</translation>
    </message>
    <message>
        <source>Save action</source>
        <translation>Simpan tindakan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Write the action taken first.</source>
        <translation>Tulis tindakan yang diambil terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>RiskBanner</name>
    <message>
        <source>Risk warning</source>
        <translation>Peringatan risiko</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Record action…</source>
        <translation>Catat tindakan…</translation>
    </message>
    <message>
        <source>Record the action taken</source>
        <translation>Catat tindakan yang diambil</translation>
    </message>
    <message>
        <source>Safety plan…</source>
        <translation>Rencana keselamatan…</translation>
    </message>
    <message>
        <source>Write a safety plan with the client</source>
        <translation>Susun rencana keselamatan bersama klien</translation>
    </message>
    <message>
        <source>A new client safety plan for the case of this risk: warning signs, what helps, people and services to call (SAPA 129), printed for the client.</source>
        <translation>Rencana keselamatan klien baru untuk kasus risiko ini: tanda bahaya, hal yang membantu, orang dan layanan yang dapat dihubungi (SAPA 129), dicetak untuk klien.</translation>
    </message>
    <message>
        <source>High risk: %1. No action recorded yet.</source>
        <translation>Risiko tinggi: %1. Belum ada tindakan yang dicatat.</translation>
    </message>
    <message>
        <source>(%1 open risk flags)</source>
        <translation>(%1 tanda risiko terbuka)</translation>
    </message>
    <message>
        <source>The action was not recorded</source>
        <translation>Tindakan tidak tercatat</translation>
    </message>
</context>
<context>
    <name>RiskChip</name>
    <message>
        <source>High risk, last on %1</source>
        <translation>Risiko tinggi, terakhir %1</translation>
    </message>
    <message>
        <source>The newest high-risk result of this client. It stays here after the action is recorded; the Assessment tab lists every result.</source>
        <translation>Hasil risiko tinggi terbaru klien ini. Tanda ini tetap tampil setelah tindakan dicatat; tab Asesmen memuat semua hasil.</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <source>Rooms</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nama ruang</translation>
    </message>
    <message>
        <source>Name of a new room</source>
        <translation>Nama ruang baru</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Tambah ruang</translation>
    </message>
    <message>
        <source>Retire / bring back</source>
        <translation>Nonaktifkan / aktifkan kembali</translation>
    </message>
    <message>
        <source>Retire or bring back the room</source>
        <translation>Nonaktifkan atau aktifkan kembali ruang</translation>
    </message>
    <message>
        <source>Room error</source>
        <translation>Kesalahan ruang</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
</context>
<context>
    <name>SafetyPlanForm</name>
    <message>
        <source>Client safety plan form</source>
        <translation>Formulir rencana keselamatan klien</translation>
    </message>
    <message>
        <source>Client safety plan</source>
        <translation>Rencana keselamatan klien</translation>
    </message>
    <message>
        <source>A signed plan is never changed. Corrections and additions (a new number, another person to call) are written here, each with its own author and time.</source>
        <translation>Rencana yang sudah ditandatangani tidak pernah diubah. Koreksi dan tambahan (nomor baru, orang lain yang dapat dihubungi) ditulis di sini, masing-masing dengan penulis dan waktunya sendiri.</translation>
    </message>
    <message>
        <source>Write it with the client, in the client&apos;s words; it is printed for them.</source>
        <translation>Susun bersama klien, dengan kata-kata klien sendiri; rencana ini dicetak untuk klien.</translation>
    </message>
    <message>
        <source>Date of the plan</source>
        <translation>Tanggal rencana</translation>
    </message>
    <message>
        <source>Date error</source>
        <translation>Kesalahan tanggal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>1. Warning signs</source>
        <translation>1. Tanda bahaya</translation>
    </message>
    <message>
        <source>2. Calming down alone</source>
        <translation>2. Menenangkan diri sendiri</translation>
    </message>
    <message>
        <source>3. People and places that distract</source>
        <translation>3. Orang dan tempat pengalih</translation>
    </message>
    <message>
        <source>4. People to ask for help</source>
        <translation>4. Orang yang dapat dimintai bantuan</translation>
    </message>
    <message>
        <source>5. Professionals and crisis services</source>
        <translation>5. Profesional dan layanan krisis</translation>
    </message>
    <message>
        <source>6. Making the surroundings safe</source>
        <translation>6. Membuat lingkungan aman</translation>
    </message>
    <message>
        <source>7. What matters most</source>
        <translation>7. Hal yang paling berarti</translation>
    </message>
    <message>
        <source>Thoughts, feelings or situations that show a crisis is coming.</source>
        <translation>Pikiran, perasaan, atau keadaan yang menandakan krisis mulai datang.</translation>
    </message>
    <message>
        <source>What the client can do alone to calm down: pray, breathe, walk…</source>
        <translation>Hal yang dapat dilakukan klien sendiri untuk menenangkan diri: berdoa, mengatur napas, berjalan…</translation>
    </message>
    <message>
        <source>People and places that take the client&apos;s mind off it; a number if there is one.</source>
        <translation>Orang dan tempat yang membantu mengalihkan pikiran klien; nomor teleponnya bila ada.</translation>
    </message>
    <message>
        <source>Family or friends the client can call for help, with a number.</source>
        <translation>Keluarga atau teman yang dapat dihubungi klien untuk meminta bantuan, dengan nomornya.</translation>
    </message>
    <message>
        <source>This LK3 and the national crisis services are proposed; keep, change or remove.</source>
        <translation>LK3 ini dan layanan krisis nasional sudah diusulkan; biarkan, ubah, atau hapus.</translation>
    </message>
    <message>
        <source>Medicines, sharp objects or other means kept away or locked up.</source>
        <translation>Obat-obatan, benda tajam, atau sarana lain dijauhkan atau dikunci.</translation>
    </message>
    <message>
        <source>In the client&apos;s words: what matters most, a reason to stay safe.</source>
        <translation>Dengan kata-kata klien: hal yang paling berarti, alasan untuk tetap aman.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Person or place</source>
        <translation>Orang atau tempat</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Professional or service</source>
        <translation>Profesional atau layanan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Back to the assessments</source>
        <translation>Kembali ke daftar asesmen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Hapus draf</translation>
    </message>
    <message>
        <source>Print for the client…</source>
        <translation>Cetak untuk klien…</translation>
    </message>
    <message>
        <source>Print the plan for the client</source>
        <translation>Cetak rencana untuk klien</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Simpan rencana sebagai PDF</translation>
    </message>
    <message>
        <source>Save the client safety plan</source>
        <translation>Simpan rencana keselamatan klien</translation>
    </message>
    <message>
        <source>The safety plan was not saved</source>
        <translation>Rencana keselamatan tidak tersimpan</translation>
    </message>
    <message>
        <source>Sign the safety plan</source>
        <translation>Tandatangani rencana keselamatan</translation>
    </message>
    <message>
        <source>Signing locks this plan: afterwards nothing in it can be changed, only addenda can be added, and it can be printed for the client. Enter your password to sign.</source>
        <translation>Penandatanganan mengunci rencana ini: setelahnya isinya tidak dapat diubah, hanya adendum yang dapat ditambahkan, dan rencana dapat dicetak untuk klien. Masukkan kata sandi Anda untuk menandatangani.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Tandatangani</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Menandatangani…</translation>
    </message>
    <message>
        <source>Save safety plan as PDF</source>
        <translation>Simpan rencana keselamatan sebagai PDF</translation>
    </message>
    <message>
        <source>Print safety plan</source>
        <translation>Cetak rencana keselamatan</translation>
    </message>
    <message>
        <source>Delete this draft safety plan? What was written will be gone.</source>
        <translation>Hapus draf rencana keselamatan ini? Yang sudah ditulis akan hilang.</translation>
    </message>
    <message>
        <source>The safety plan has unsaved changes. Discard them?</source>
        <translation>Rencana keselamatan memiliki perubahan yang belum disimpan. Buang perubahan itu?</translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message numerus="yes">
        <source>Schedule: %n appointment(s)</source>
        <translation>
            <numerusform>Jadwal: %n janji temu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Janji temu baru</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>All counselors</source>
        <translation>Semua konselor</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Columns of the day view</source>
        <translation>Kolom tampilan harian</translation>
    </message>
    <message>
        <source>One per counselor</source>
        <translation>Satu per konselor</translation>
    </message>
    <message>
        <source>One per room</source>
        <translation>Satu per ruang</translation>
    </message>
    <message>
        <source>Rooms…</source>
        <translation>Ruang…</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Tanpa ruang</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Batalkan janji temu</translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 at %2?</source>
        <translation>Batalkan janji temu %1 pada %2?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Jangan batalkan</translation>
    </message>
</context>
<context>
    <name>SealingProgress</name>
    <message>
        <source>Securing the case notes</source>
        <translation>Mengamankan catatan kasus</translation>
    </message>
    <message>
        <source>The clinical notes written so far are being sealed under the key of their case. This happens once and may take a few minutes; if it is interrupted, it goes on at the next sign-in.</source>
        <translation>Catatan klinis yang sudah ditulis sedang dikunci dengan kunci kasusnya masing-masing. Ini dilakukan sekali dan dapat memakan waktu beberapa menit; jika terputus, proses dilanjutkan saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>Sealing progress</source>
        <translation>Kemajuan penguncian</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Protection of this database</source>
        <translation>Perlindungan basis data ini</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Kata sandi Anda</translation>
    </message>
    <message>
        <source>Use a long password that only you know: three or four unrelated words are easy to remember and hard to guess.</source>
        <translation>Gunakan kata sandi panjang yang hanya Anda ketahui: tiga atau empat kata yang tidak saling berhubungan mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Ganti kata sandi…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>Recovery card and database key</source>
        <translation>Kartu pemulihan dan kunci basis data</translation>
    </message>
    <message>
        <source>The recovery card opens the database when every password is lost or this computer is replaced. Print it again if the old one is damaged.</source>
        <translation>Kartu pemulihan membuka basis data bila semua kata sandi hilang atau komputer ini diganti. Cetak ulang bila kartu lama rusak.</translation>
    </message>
    <message>
        <source>Print recovery card again…</source>
        <translation>Cetak ulang kartu pemulihan…</translation>
    </message>
    <message>
        <source>Print recovery card again</source>
        <translation>Cetak ulang kartu pemulihan</translation>
    </message>
    <message>
        <source>If the card may have been seen or copied by someone else, change the database key. The old card then stops working and a new card must be printed at once.</source>
        <translation>Bila kartu mungkin sudah dilihat atau disalin orang lain, ganti kunci basis data. Kartu lama lalu tidak berlaku dan kartu baru harus segera dicetak.</translation>
    </message>
    <message>
        <source>Change database key…</source>
        <translation>Ganti kunci basis data…</translation>
    </message>
    <message>
        <source>Change database key</source>
        <translation>Ganti kunci basis data</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>Server kantor</translation>
    </message>
    <message>
        <source>The record is on the office server; nothing of it is kept on this computer. Each person signs in with their own login on the server, over a connection verified against the office&apos;s certificate. Notes, assessments and letters are sealed under their case&apos;s key before they leave this computer.</source>
        <translation>Catatan kantor berada di server kantor; tidak ada yang disimpan di komputer ini. Setiap orang masuk dengan akunnya sendiri di server, melalui sambungan yang diverifikasi dengan sertifikat kantor. Catatan sesi, asesmen, dan surat dikunci dengan kunci kasusnya sebelum meninggalkan komputer ini.</translation>
    </message>
    <message>
        <source>The database is encrypted. Its key is locked with each user&apos;s password together with a device key kept in this computer&apos;s system credential store. A copy of the data folder alone cannot be opened, not even by guessing passwords. On another computer, the recovery card is needed.</source>
        <translation>Basis data terenkripsi. Kuncinya dikunci dengan kata sandi setiap pengguna bersama kunci perangkat yang tersimpan di penyimpanan kunci sistem komputer ini. Salinan folder data saja tidak dapat dibuka, bahkan dengan menebak kata sandi. Di komputer lain, kartu pemulihan diperlukan.</translation>
    </message>
    <message>
        <source>This computer has no system credential store, so the database is protected by passwords only. Anyone who copies the data folder (for example from a lost backup drive) can try to guess the passwords as often as they like. Use long passwords that are hard to guess, and keep backups locked away.</source>
        <translation>Komputer ini tidak memiliki penyimpanan kunci sistem, sehingga basis data hanya dilindungi kata sandi. Siapa pun yang menyalin folder data (misalnya dari media cadangan yang hilang) dapat mencoba menebak kata sandi sesering yang ia mau. Gunakan kata sandi panjang yang sulit ditebak, dan simpan cadangan di tempat terkunci.</translation>
    </message>
    <message>
        <source>Enter your password to show the recovery code.</source>
        <translation>Masukkan kata sandi Anda untuk menampilkan kode pemulihan.</translation>
    </message>
    <message>
        <source>Show the card</source>
        <translation>Tampilkan kartu</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Memeriksa kata sandi…</translation>
    </message>
    <message>
        <source>A new database key is given to every active person, and the recovery card&apos;s sign-in on the office server changes with it. The recovery card you have now stops working at once: print the new card right after the change and destroy the old one. Everyone&apos;s password keeps working.</source>
        <translation>Setiap pengguna aktif mendapat kunci basis data baru, dan cara masuk kartu pemulihan di server kantor ikut berubah. Kartu pemulihan yang Anda pegang sekarang langsung tidak berlaku: cetak kartu baru segera setelah perubahan dan musnahkan kartu lama. Kata sandi semua orang tetap berlaku.</translation>
    </message>
    <message>
        <source>Changing the database key… Do not close LK3 Desktop.</source>
        <translation>Mengganti kunci basis data… Jangan tutup LK3 Desktop.</translation>
    </message>
    <message>
        <source>The whole database will be encrypted again under a new key. The recovery card you have now stops working at once: print the new card right after the change and destroy the old one. Everyone&apos;s password keeps working. With many records this can take a few minutes.</source>
        <translation>Seluruh basis data akan dienkripsi ulang dengan kunci baru. Kartu pemulihan yang Anda miliki sekarang langsung tidak berlaku: cetak kartu baru segera setelah penggantian dan musnahkan kartu lama. Kata sandi semua pengguna tetap berlaku. Dengan banyak catatan, proses ini dapat memakan beberapa menit.</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Ganti kunci</translation>
    </message>
    <message>
        <source>Enter your password to change the database key.</source>
        <translation>Masukkan kata sandi Anda untuk mengganti kunci basis data.</translation>
    </message>
    <message>
        <source>Encrypting the database under the new key… Do not close LK3 Desktop.</source>
        <translation>Mengenkripsi basis data dengan kunci baru… Jangan tutup LK3 Desktop.</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <source>Office server not answering</source>
        <translation>Server kantor tidak menjawab</translation>
    </message>
    <message>
        <source>The office server is not answering. What you type stays on the screen and a note being written is kept on this computer until the server is back; LK3 Desktop reconnects by itself.</source>
        <translation>Server kantor tidak menjawab. Yang Anda ketik tetap di layar dan catatan yang sedang ditulis disimpan di komputer ini sampai server kembali; LK3 Desktop menyambung lagi dengan sendirinya.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Coba sekarang</translation>
    </message>
    <message>
        <source>Try to reach the office server now</source>
        <translation>Coba hubungi server kantor sekarang</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The office server</source>
        <translation>Server kantor</translation>
    </message>
    <message>
        <source>The record of the whole office is kept in a PostgreSQL database on the office server. Fields marked * are required.</source>
        <translation>Catatan seluruh kantor disimpan di basis data PostgreSQL pada server kantor. Isian bertanda * wajib diisi.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>misalnya 192.168.1.10</translation>
    </message>
    <message>
        <source>Server address error</source>
        <translation>Kesalahan alamat server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nama basis data</translation>
    </message>
    <message>
        <source>Database name error</source>
        <translation>Kesalahan nama basis data</translation>
    </message>
    <message>
        <source>Server superuser</source>
        <translation>Superuser server</translation>
    </message>
    <message>
        <source>Password of the server superuser</source>
        <translation>Kata sandi superuser server</translation>
    </message>
    <message>
        <source>Superuser password error</source>
        <translation>Kesalahan kata sandi superuser</translation>
    </message>
    <message>
        <source>Superuser password</source>
        <translation>Kata sandi superuser</translation>
    </message>
    <message>
        <source>The superuser&apos;s password is used only now and is not kept. Names and identifiers stay searchable on the server: keep its data on an encrypted volume (LUKS, BitLocker).</source>
        <translation>Kata sandi superuser hanya dipakai sekarang dan tidak disimpan. Nama dan nomor identitas tetap dapat dicari di server: simpan datanya di volume terenkripsi (LUKS, BitLocker).</translation>
    </message>
    <message>
        <source>Office server error</source>
        <translation>Kesalahan server kantor</translation>
    </message>
    <message>
        <source>Create the office server</source>
        <translation>Buat server kantor</translation>
    </message>
    <message>
        <source>Enrollment file</source>
        <translation>Berkas pendaftaran</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Choose where to save the enrollment file</source>
        <translation>Pilih tempat menyimpan berkas pendaftaran</translation>
    </message>
    <message>
        <source>Every other computer of the office joins the server with this file.</source>
        <translation>Setiap komputer lain di kantor bergabung ke server dengan berkas ini.</translation>
    </message>
    <message>
        <source>LK3 enrollment (*.lk3server)</source>
        <translation>Pendaftaran LK3 (*.lk3server)</translation>
    </message>
    <message>
        <source>Type the server&apos;s address.</source>
        <translation>Ketik alamat server.</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and _ only, starting with a letter.</source>
        <translation>Hanya huruf kecil, angka, dan _, diawali huruf.</translation>
    </message>
    <message>
        <source>Type the superuser&apos;s password.</source>
        <translation>Ketik kata sandi superuser.</translation>
    </message>
    <message>
        <source>Fill in every field marked *.</source>
        <translation>Isi setiap isian bertanda *.</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>Menghubungi server kantor…</translation>
    </message>
    <message>
        <source>Checking the server, making the office&apos;s certificates and turning on TLS…</source>
        <translation>Memeriksa server, membuat sertifikat kantor, dan menyalakan TLS…</translation>
    </message>
    <message>
        <source>Making the database: every table, the roles and row security…</source>
        <translation>Membuat basis data: semua tabel, peran, dan keamanan baris…</translation>
    </message>
    <message>
        <source>Making the office and the head&apos;s account…</source>
        <translation>Membuat kantor dan akun Kepala LK3…</translation>
    </message>
    <message>
        <source>The server refused this superuser and password. Check both and try again.</source>
        <translation>Server menolak superuser dan kata sandi ini. Periksa keduanya lalu coba lagi.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1, port %2. Check the address and the port, and that the server is running.</source>
        <translation>Tidak ada server PostgreSQL yang menjawab di %1, port %2. Periksa alamat dan port, dan pastikan server menyala.</translation>
    </message>
</context>
<context>
    <name>SessionLabels</name>
    <message>
        <source>Face to face at the office</source>
        <translation>Tatap muka di kantor</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Kunjungan rumah</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Panggilan video</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultasi</translation>
    </message>
    <message>
        <source>Individual counseling</source>
        <translation>Konseling individu</translation>
    </message>
    <message>
        <source>Family counseling</source>
        <translation>Konseling keluarga</translation>
    </message>
    <message>
        <source>Group counseling</source>
        <translation>Konseling kelompok</translation>
    </message>
    <message>
        <source>Family mediation (counseling)</source>
        <translation>Mediasi keluarga (konseling)</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Pendampingan</translation>
    </message>
    <message>
        <source>DAP (Data, Assessment, Plan)</source>
        <translation>DAP (Data, Asesmen, Rencana)</translation>
    </message>
    <message>
        <source>SOAP (Subjective, Objective, Assessment, Plan)</source>
        <translation>SOAP (Subjektif, Objektif, Asesmen, Rencana)</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Teks bebas</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjektif</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objektif</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>What was seen and heard: facts, quotes, behaviour.</source>
        <translation>Apa yang dilihat dan didengar: fakta, kutipan, perilaku.</translation>
    </message>
    <message>
        <source>What the client and family say about the problem.</source>
        <translation>Apa yang dikatakan klien dan keluarga tentang masalahnya.</translation>
    </message>
    <message>
        <source>What you observed: appearance, behaviour, interaction.</source>
        <translation>Apa yang Anda amati: penampilan, perilaku, interaksi.</translation>
    </message>
    <message>
        <source>Your understanding: progress, risks, what it means.</source>
        <translation>Pemahaman Anda: kemajuan, risiko, dan maknanya.</translation>
    </message>
    <message>
        <source>What happened in the session.</source>
        <translation>Apa yang terjadi dalam sesi.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Tercapai</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Tidak tercapai</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Perubahan tahap</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendum</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Intake, case %1</source>
        <translation>Penerimaan, kasus %1</translation>
    </message>
    <message>
        <source>Stage: %1 → %2</source>
        <translation>Tahap: %1 → %2</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sesi: %1</translation>
    </message>
    <message>
        <source>Addendum to the session of %1</source>
        <translation>Adendum untuk sesi %1</translation>
    </message>
    <message>
        <source>Client safety plan</source>
        <translation>Rencana keselamatan klien</translation>
    </message>
    <message>
        <source>Screening instrument %1</source>
        <translation>Instrumen skrining %1</translation>
    </message>
    <message>
        <source>Psychosocial assessment</source>
        <translation>Asesmen psikososial</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Rujukan ke %1</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Penjangkauan</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Advokasi</translation>
    </message>
    <message>
        <source>Information / psychoeducation</source>
        <translation>Pemberian informasi / psikoedukasi</translation>
    </message>
    <message>
        <source>Empowerment</source>
        <translation>Pemberdayaan</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>tahap %1</translation>
    </message>
    <message>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>%1 is taken %2 (%3 with %4).</source>
        <translation>%1 sudah dipakai pada %2 (%3 dengan %4).</translation>
    </message>
    <message>
        <source>%1 already meets %2 at %3.</source>
        <translation>%1 sudah ada janji temu dengan %2 pada %3.</translation>
    </message>
    <message>
        <source>This note is signed and can no longer be changed. Add an addendum instead.</source>
        <translation>Catatan ini sudah ditandatangani dan tidak dapat diubah lagi. Tambahkan adendum sebagai gantinya.</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Counseling sessions</source>
        <translation>Sesi konseling</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesi baru</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sesi, terbaru di atas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Session notes are shown only to the counselor assigned to the case and to the head of the center.</source>
        <translation>Catatan sesi hanya ditampilkan kepada konselor yang menangani kasus dan kepada Kepala LK3.</translation>
    </message>
    <message numerus="yes">
        <source>Sessions of %n other case(s) of this client are not shown: they belong to another counselor.</source>
        <translation>
            <numerusform>Sesi dari %n kasus lain milik klien ini tidak ditampilkan: kasus tersebut ditangani konselor lain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a session on the left to read its note.</source>
        <translation>Pilih sesi di sebelah kiri untuk membaca catatannya.</translation>
    </message>
    <message>
        <source>No sessions yet. Start one with New session.</source>
        <translation>Belum ada sesi. Mulai dengan Sesi baru.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Belum ada sesi.</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Ditulis oleh %1</translation>
    </message>
    <message numerus="yes">
        <source>%n addendum/addenda</source>
        <translation>
            <numerusform>%n adendum</numerusform>
        </translation>
    </message>
    <message>
        <source>New note
not saved yet</source>
        <translation>Catatan baru
belum disimpan</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>Kept as a draft at %1. Open it to continue.</source>
        <translation>Disimpan sebagai draf pukul %1. Buka untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Case %1 (%2)</source>
        <translation>Kasus %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>LK3 profile</source>
        <translation>Profil LK3</translation>
    </message>
    <message>
        <source>Lists and letters</source>
        <translation>Daftar dan surat</translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation>Dokumen resmi</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up LK3 Desktop</source>
        <translation>Penyiapan LK3 Desktop</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Buat basis data</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Join an office server…</source>
        <translation>Gabung ke server kantor…</translation>
    </message>
    <message>
        <source>Join an office server</source>
        <translation>Gabung ke server kantor</translation>
    </message>
    <message>
        <source>Several computers on one record: enroll this computer with the office server, from the enrollment file the head made</source>
        <translation>Beberapa komputer pada satu catatan: daftarkan komputer ini ke server kantor, dengan berkas pendaftaran yang dibuat kepala</translation>
    </message>
    <message>
        <source>Create an office server…</source>
        <translation>Buat server kantor…</translation>
    </message>
    <message>
        <source>Create an office server</source>
        <translation>Buat server kantor</translation>
    </message>
    <message>
        <source>Several computers on one record: make the office&apos;s database on a PostgreSQL server (after the center&apos;s profile and the head&apos;s account), and enroll this computer with it</source>
        <translation>Beberapa komputer pada satu catatan: buat basis data kantor di server PostgreSQL (setelah profil lembaga dan akun Kepala LK3), lalu daftarkan komputer ini ke server itu</translation>
    </message>
    <message>
        <source>Go on to the next step of the setup</source>
        <translation>Lanjut ke langkah penyiapan berikutnya</translation>
    </message>
    <message>
        <source>Recovery card</source>
        <translation>Kartu pemulihan</translation>
    </message>
    <message>
        <source>The database is created. Save or print the recovery card, then tick the box to confirm it is in a safe place.</source>
        <translation>Basis data sudah dibuat. Simpan atau cetak kartu pemulihan, lalu centang kotaknya untuk memastikan kartu sudah di tempat aman.</translation>
    </message>
    <message>
        <source>Stop the setup</source>
        <translation>Hentikan penyiapan</translation>
    </message>
    <message>
        <source>Stop setting up LK3 Desktop? What you typed will be discarded.</source>
        <translation>Hentikan penyiapan LK3 Desktop? Semua yang sudah diketik akan dibuang.</translation>
    </message>
    <message>
        <source>Stop setup</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Continue setup</source>
        <translation>Lanjutkan penyiapan</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Fungsi</translation>
    </message>
</context>
<context>
    <name>SignLetterDialog</name>
    <message>
        <source>Sign referral letter</source>
        <translation>Tandatangani surat rujukan</translation>
    </message>
    <message>
        <source>Sign letter</source>
        <translation>Tandatangani surat</translation>
    </message>
    <message>
        <source>Signing the letter…</source>
        <translation>Menandatangani surat…</translation>
    </message>
    <message>
        <source>Preview: the letter as it will be issued. Signing gives it the next number of the year and its verification code; the number is never given again, even if the letter is cancelled. Enter your password to sign.</source>
        <translation>Pratinjau: surat sebagaimana akan diterbitkan. Penandatanganan memberinya nomor berikutnya tahun ini dan kode verifikasinya; nomor itu tidak pernah diberikan lagi, meskipun suratnya dibatalkan. Masukkan kata sandi Anda untuk menandatangani.</translation>
    </message>
    <message>
        <source>The letter to be signed</source>
        <translation>Surat yang akan ditandatangani</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Change stage</source>
        <translation>Ubah tahap</translation>
    </message>
    <message>
        <source>Case %1 is now at: %2</source>
        <translation>Kasus %1 saat ini pada tahap: %2</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Tahap baru</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Outcome of the termination</source>
        <translation>Hasil terminasi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil terminasi</translation>
    </message>
    <message>
        <source>Note on the termination</source>
        <translation>Keterangan terminasi</translation>
    </message>
    <message>
        <source>Optional; required when the outcome is “Other”</source>
        <translation>Boleh dikosongkan; wajib bila hasilnya “Lainnya”</translation>
    </message>
    <message>
        <source>Say what happened (required for “Other”)</source>
        <translation>Jelaskan apa yang terjadi (wajib untuk “Lainnya”)</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Pilih hasil terminasi.</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>Example number</source>
        <translation>Contoh nomor</translation>
    </message>
    <message>
        <source>Template error</source>
        <translation>Kesalahan templat</translation>
    </message>
    <message>
        <source>Example for today: %1</source>
        <translation>Contoh untuk hari ini: %1</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Temporary password</source>
        <translation>Kata sandi sementara</translation>
    </message>
    <message>
        <source>Temporary password for %1 (username: %2)</source>
        <translation>Kata sandi sementara untuk %1 (nama pengguna: %2)</translation>
    </message>
    <message>
        <source>It is shown only this once. Give it to the person directly, not by chat or e-mail. They must change it when they first sign in.</source>
        <translation>Kata sandi ini hanya ditampilkan sekali. Berikan langsung kepada orangnya, jangan lewat pesan singkat atau email. Ia wajib menggantinya saat pertama kali masuk.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Case history</source>
        <translation>Riwayat kasus</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open the selected entry</source>
        <translation>Buka entri yang dipilih</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>Events of the case, oldest first</source>
        <translation>Peristiwa kasus, terlama di atas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 · %2 · since %3</source>
        <translation>%1 · %2 · sejak %3</translation>
    </message>
    <message>
        <source>This client has no case yet.</source>
        <translation>Klien ini belum memiliki kasus.</translation>
    </message>
    <message>
        <source>Nothing to show with these filters.</source>
        <translation>Tidak ada yang dapat ditampilkan dengan saringan ini.</translation>
    </message>
    <message>
        <source>Only intake and stage changes are shown. Sessions, assessments and referrals are visible to the counselor assigned to the case and to the head of the center.</source>
        <translation>Hanya penerimaan dan perubahan tahap yang ditampilkan. Sesi, asesmen, dan rujukan hanya dapat dilihat oleh konselor yang menangani kasus dan oleh Kepala LK3.</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Tampilkan %1</translation>
    </message>
</context>
<context>
    <name>TodayAppointmentsWidget</name>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Janji temu hari ini</translation>
    </message>
    <message>
        <source>Open schedule</source>
        <translation>Buka jadwal</translation>
    </message>
    <message>
        <source>Today&apos;s appointments by time</source>
        <translation>Janji temu hari ini menurut jam</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Tidak ada janji temu hari ini.</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s appointments (%n)</source>
        <translation>
            <numerusform>Janji temu hari ini (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Score trend chart</source>
        <translation>Grafik tren skor</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Skor total</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Aktif, wajib ganti kata sandi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Everyone who signs in to this database. A deactivated account can no longer sign in; its records and audit trail stay.</source>
        <translation>Semua orang yang masuk ke basis data ini. Akun yang dinonaktifkan tidak dapat masuk lagi; catatan dan jejak auditnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Tambah pengguna…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>Give %1 a new temporary password? Their current password stops working at once, and they must choose a new one at their next sign-in.</source>
        <translation>Beri %1 kata sandi sementara yang baru? Kata sandinya yang sekarang langsung tidak berlaku, dan ia wajib membuat kata sandi baru saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>Making a temporary password…</source>
        <translation>Membuat kata sandi sementara…</translation>
    </message>
    <message>
        <source>Deactivating the account, stopping their sign-in on the office server and changing the database key… Do not close LK3 Desktop.</source>
        <translation>Menonaktifkan akun, menghentikan aksesnya ke server kantor, dan mengganti kunci basis data… Jangan tutup LK3 Desktop.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Nonaktifkan akun</translation>
    </message>
    <message>
        <source>Deactivate the account of %1? From now on they can no longer sign in, and they lose the keys of their cases. The database key changes too, so a copy of the key file they may have kept no longer opens it: the recovery card you have now stops working, print the new card right after. Backups made before today still open with the old card and the old key file. Their records and the audit trail stay, and the account can be reactivated later with a new temporary password.</source>
        <translation>Nonaktifkan akun %1? Mulai sekarang ia tidak dapat masuk lagi dan kehilangan kunci kasus-kasusnya. Kunci basis data juga diganti, sehingga salinan berkas kunci yang mungkin ia simpan tidak lagi dapat membukanya: kartu pemulihan yang Anda pegang sekarang tidak berlaku lagi, segera cetak kartu yang baru. Cadangan yang dibuat sebelum hari ini tetap terbuka dengan kartu lama dan berkas kunci lama. Catatan dan jejak audit miliknya tetap ada, dan akun dapat diaktifkan kembali nanti dengan kata sandi sementara yang baru.</translation>
    </message>
    <message>
        <source>Enter your password to deactivate the account and change the key.</source>
        <translation>Masukkan kata sandi Anda untuk menonaktifkan akun dan mengganti kunci.</translation>
    </message>
    <message>
        <source>Deactivating the account and encrypting the database under a new key… Do not close LK3 Desktop.</source>
        <translation>Menonaktifkan akun dan mengenkripsi basis data dengan kunci baru… Jangan tutup LK3 Desktop.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Reactivating the account…</source>
        <translation>Mengaktifkan kembali akun…</translation>
    </message>
</context>
<context>
    <name>ValidationErrors</name>
    <message>
        <source>The author must sign the note before it can be co-signed.</source>
        <translation>Catatan harus ditandatangani penulisnya sebelum diparaf.</translation>
    </message>
    <message>
        <source>This note has already been co-signed.</source>
        <translation>Catatan ini sudah diparaf.</translation>
    </message>
    <message>
        <source>Your own note does not need a co-signature.</source>
        <translation>Catatan sendiri tidak perlu diparaf.</translation>
    </message>
    <message>
        <source>Write the addendum.</source>
        <translation>Tulis isi adendum.</translation>
    </message>
    <message>
        <source>A note that is not signed yet is changed directly, without an addendum.</source>
        <translation>Catatan yang belum ditandatangani diubah langsung, tanpa adendum.</translation>
    </message>
    <message>
        <source>A draft is changed directly; addenda are only for signed records.</source>
        <translation>Draf diubah langsung; adendum hanya untuk yang sudah ditandatangani.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Nama lengkap wajib diisi.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>Pilih jenis kelamin.</translation>
    </message>
    <message>
        <source>Enter the date of birth, or an estimated age when it is not known.</source>
        <translation>Isi tanggal lahir, atau perkiraan umur bila tidak diketahui.</translation>
    </message>
    <message>
        <source>The estimated age must be between 0 and 120 years.</source>
        <translation>Perkiraan umur harus antara 0 dan 120 tahun.</translation>
    </message>
    <message>
        <source>A child client must have a parent or guardian.</source>
        <translation>Klien anak harus memiliki orang tua atau wali.</translation>
    </message>
    <message>
        <source>Choose who gave the consent.</source>
        <translation>Pilih siapa yang memberi persetujuan.</translation>
    </message>
    <message>
        <source>Enter the name of the person who gave the consent.</source>
        <translation>Nama pemberi persetujuan wajib diisi.</translation>
    </message>
    <message>
        <source>Enter the scope of the consent.</source>
        <translation>Isi lingkup persetujuan.</translation>
    </message>
    <message>
        <source>The date of the consent cannot be in the future.</source>
        <translation>Tanggal persetujuan tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Choose two different clients.</source>
        <translation>Pilih dua klien yang berbeda.</translation>
    </message>
    <message>
        <source>Unknown kind of disability.</source>
        <translation>Ragam disabilitas tidak dikenal.</translation>
    </message>
    <message>
        <source>The client was not found.</source>
        <translation>Klien tidak ditemukan.</translation>
    </message>
    <message>
        <source>This client&apos;s record has been anonymised and can no longer be changed.</source>
        <translation>Data klien ini sudah dianonimkan dan tidak dapat diubah.</translation>
    </message>
    <message>
        <source>A child client: consent is given by a parent or guardian (UU PDP article 25).</source>
        <translation>Klien anak: persetujuan diberikan oleh orang tua atau wali (UU PDP pasal 25).</translation>
    </message>
    <message>
        <source>The consent was not found or has already been withdrawn.</source>
        <translation>Persetujuan tidak ditemukan atau sudah ditarik.</translation>
    </message>
    <message>
        <source>The client was not found or has already been merged.</source>
        <translation>Klien tidak ditemukan atau sudah digabung.</translation>
    </message>
    <message>
        <source>An anonymised client record cannot be merged.</source>
        <translation>Data klien yang sudah dianonimkan tidak dapat digabung.</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Nama keluarga wajib diisi.</translation>
    </message>
    <message>
        <source>Choose the relationship to the head of the family.</source>
        <translation>Pilih hubungan dengan kepala keluarga.</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s name.</source>
        <translation>Nama anggota keluarga wajib diisi.</translation>
    </message>
    <message>
        <source>This year of birth is not plausible.</source>
        <translation>Tahun lahir tidak masuk akal.</translation>
    </message>
    <message>
        <source>This family already has a head of the family.</source>
        <translation>Keluarga ini sudah memiliki kepala keluarga.</translation>
    </message>
    <message>
        <source>This client is already recorded in this family.</source>
        <translation>Klien ini sudah tercatat di keluarga ini.</translation>
    </message>
    <message>
        <source>The family was not found.</source>
        <translation>Keluarga tidak ditemukan.</translation>
    </message>
    <message>
        <source>The family member was not found.</source>
        <translation>Anggota keluarga tidak ditemukan.</translation>
    </message>
    <message>
        <source>{part} is a number of at most 3 digits.</source>
        <translation>{part} berupa angka, paling banyak 3 digit.</translation>
    </message>
    <message>
        <source>Unknown PPKS category: {code}.</source>
        <translation>Kategori PPKS tidak dikenal: {code}.</translation>
    </message>
    <message>
        <source>A NIK has 16 digits.</source>
        <translation>NIK harus terdiri dari 16 digit angka.</translation>
    </message>
    <message>
        <source>The province code &quot;{code}&quot; is not known.</source>
        <translation>Kode provinsi &quot;{code}&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>The regency/city and district codes cannot be 00.</source>
        <translation>Kode kabupaten/kota dan kecamatan tidak boleh 00.</translation>
    </message>
    <message>
        <source>The region code is not in the newest Kemendagri data (it may be an old code from before pemekaran).</source>
        <translation>Kode wilayah tidak ada di data Kemendagri terbaru (bisa jadi kode lama sebelum pemekaran).</translation>
    </message>
    <message>
        <source>The date of birth in the NIK is not valid.</source>
        <translation>Tanggal lahir di NIK tidak valid.</translation>
    </message>
    <message>
        <source>The serial number of a NIK cannot be 0000.</source>
        <translation>Nomor urut NIK tidak boleh 0000.</translation>
    </message>
    <message>
        <source>This NIK is not valid.</source>
        <translation>NIK tidak valid.</translation>
    </message>
    <message>
        <source>The regency/city or district code of the NIK is not in the newest Kemendagri region data (perhaps an old code from before pemekaran).</source>
        <translation>Kode kabupaten/kota atau kecamatan pada NIK tidak ada dalam data wilayah Kemendagri terbaru (mungkin kode lama sebelum pemekaran).</translation>
    </message>
    <message>
        <source>The date of birth in the NIK ({date}) differs from the date of birth entered.</source>
        <translation>Tanggal lahir pada NIK ({date}) berbeda dengan tanggal lahir yang diisi.</translation>
    </message>
    <message>
        <source>The sex in the NIK differs from the sex entered.</source>
        <translation>Jenis kelamin pada NIK berbeda dengan jenis kelamin yang diisi.</translation>
    </message>
    <message>
        <source>A KK number has 16 digits.</source>
        <translation>Nomor KK harus 16 digit angka.</translation>
    </message>
    <message>
        <source>The province code in the KK number is not known.</source>
        <translation>Kode provinsi pada nomor KK tidak dikenal.</translation>
    </message>
    <message>
        <source>A number starts with 0, 62 or +62.</source>
        <translation>Nomor harus diawali 0, 62, atau +62.</translation>
    </message>
    <message>
        <source>A phone number may hold digits only.</source>
        <translation>Nomor telepon hanya boleh berisi angka.</translation>
    </message>
    <message>
        <source>A mobile number has 10–13 digits (with the 0 in front).</source>
        <translation>Nomor HP harus 10–13 digit (termasuk 0 di depan).</translation>
    </message>
    <message>
        <source>The length of this landline number is not valid.</source>
        <translation>Panjang nomor telepon rumah tidak valid.</translation>
    </message>
    <message>
        <source>The prefix {prefix} is not known.</source>
        <translation>Prefix {prefix} tidak dikenal.</translation>
    </message>
    <message>
        <source>This is not a valid Indonesian phone number.</source>
        <translation>Nomor telepon Indonesia tidak valid.</translation>
    </message>
    <message>
        <source>A room&apos;s name has 2-100 characters.</source>
        <translation>Nama ruang 2-100 karakter.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Jam selesai harus setelah jam mulai.</translation>
    </message>
    <message>
        <source>An appointment must end on the same day.</source>
        <translation>Janji temu harus selesai pada hari yang sama.</translation>
    </message>
    <message>
        <source>Choose an active counselor.</source>
        <translation>Pilih konselor yang aktif.</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Pilih klien.</translation>
    </message>
    <message>
        <source>The appointment was not found.</source>
        <translation>Janji temu tidak ditemukan.</translation>
    </message>
    <message>
        <source>A room with this name already exists.</source>
        <translation>Ruang dengan nama ini sudah ada.</translation>
    </message>
    <message>
        <source>The room was not found.</source>
        <translation>Ruang tidak ditemukan.</translation>
    </message>
    <message>
        <source>This case is not that client&apos;s.</source>
        <translation>Kasus ini bukan milik klien tersebut.</translation>
    </message>
    <message>
        <source>Choose an available room.</source>
        <translation>Pilih ruang yang tersedia.</translation>
    </message>
    <message>
        <source>Only an appointment that is still scheduled can be changed.</source>
        <translation>Hanya janji temu yang masih terjadwal yang dapat diubah.</translation>
    </message>
    <message>
        <source>The client of an appointment cannot be changed.</source>
        <translation>Klien janji temu tidak dapat diganti.</translation>
    </message>
    <message>
        <source>This appointment already has a session note.</source>
        <translation>Janji temu ini sudah punya catatan sesi.</translation>
    </message>
    <message>
        <source>A client can be recorded as not attending only after the appointment&apos;s time.</source>
        <translation>Klien baru dapat dicatat tidak hadir setelah jam janji temu.</translation>
    </message>
    <message>
        <source>Set the appointment back to scheduled first.</source>
        <translation>Kembalikan janji temu ke status terjadwal lebih dulu.</translation>
    </message>
    <message>
        <source>This appointment was cancelled or the client did not attend.</source>
        <translation>Janji temu ini batal atau klien tidak hadir.</translation>
    </message>
    <message>
        <source>This client has no open case that you handle yet.</source>
        <translation>Klien ini belum punya kasus terbuka yang Anda tangani.</translation>
    </message>
    <message>
        <source>An appointment lasts at most {hours} hours.</source>
        <translation>Janji temu paling lama {hours} jam.</translation>
    </message>
    <message>
        <source>Choose the referral source.</source>
        <translation>Pilih sumber rujukan.</translation>
    </message>
    <message>
        <source>Name the referring organisation.</source>
        <translation>Sebutkan lembaga yang merujuk.</translation>
    </message>
    <message>
        <source>Choose the level of urgency.</source>
        <translation>Pilih tingkat urgensi.</translation>
    </message>
    <message>
        <source>This client&apos;s record has been anonymised; register them as a new client if they come again.</source>
        <translation>Data klien ini sudah dianonimkan; daftarkan sebagai klien baru bila datang lagi.</translation>
    </message>
    <message>
        <source>The case was not found.</source>
        <translation>Kasus tidak ditemukan.</translation>
    </message>
    <message>
        <source>This stage cannot be chosen from the current stage.</source>
        <translation>Tahap ini tidak dapat dipilih dari tahap sekarang.</translation>
    </message>
    <message>
        <source>The date of the stage change must lie between the intake date and today.</source>
        <translation>Tanggal perubahan tahap harus antara tanggal penerimaan dan hari ini.</translation>
    </message>
    <message>
        <source>This case is already handled by that counselor.</source>
        <translation>Kasus ini sudah ditangani konselor tersebut.</translation>
    </message>
    <message>
        <source>Choose the outcome of termination.</source>
        <translation>Pilih hasil terminasi.</translation>
    </message>
    <message>
        <source>For the outcome “Other”, describe the termination.</source>
        <translation>Untuk hasil “Lainnya”, tuliskan keterangan terminasinya.</translation>
    </message>
    <message>
        <source>Unknown problem area: {code}.</source>
        <translation>Area masalah tidak dikenal: {code}.</translation>
    </message>
    <message>
        <source>Write the goal.</source>
        <translation>Tuliskan tujuannya.</translation>
    </message>
    <message>
        <source>The goal was not found.</source>
        <translation>Tujuan tidak ditemukan.</translation>
    </message>
    <message>
        <source>Choose the goal&apos;s status.</source>
        <translation>Pilih status tujuan.</translation>
    </message>
    <message>
        <source>The session was not found.</source>
        <translation>Sesi tidak ditemukan.</translation>
    </message>
    <message>
        <source>The draft was not found.</source>
        <translation>Draf tidak ditemukan.</translation>
    </message>
    <message>
        <source>This note belongs to another case.</source>
        <translation>Catatan ini milik kasus lain.</translation>
    </message>
    <message>
        <source>Save the changes to the note before signing.</source>
        <translation>Simpan perubahan catatan sebelum menandatangani.</translation>
    </message>
    <message>
        <source>The session note is still empty.</source>
        <translation>Catatan sesi masih kosong.</translation>
    </message>
    <message>
        <source>This note is marked do-not-disclose and cannot be exported.</source>
        <translation>Catatan ini ditandai jangan diungkap dan tidak dapat diekspor.</translation>
    </message>
    <message>
        <source>Only a signed note can be printed.</source>
        <translation>Hanya catatan yang sudah ditandatangani yang dapat dicetak.</translation>
    </message>
    <message>
        <source>The content of this note was erased when the client was anonymised.</source>
        <translation>Isi catatan ini sudah dihapus saat klien dianonimkan.</translation>
    </message>
    <message>
        <source>The content of this note no longer matches its seal from signing; the note was not printed. Report it to the head of the LK3.</source>
        <translation>Isi catatan ini tidak cocok lagi dengan segelnya saat ditandatangani; catatan tidak dicetak. Laporkan kepada Kepala LK3.</translation>
    </message>
    <message>
        <source>The limit must be between 1 and 60 days.</source>
        <translation>Batas hari harus antara 1 dan 60.</translation>
    </message>
    <message>
        <source>Choose the form of the service (modality).</source>
        <translation>Pilih bentuk layanan (modalitas).</translation>
    </message>
    <message>
        <source>Choose the kind of service.</source>
        <translation>Pilih jenis layanan.</translation>
    </message>
    <message>
        <source>The date of the session cannot be in the future.</source>
        <translation>Tanggal sesi tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The date of the session cannot be before the case&apos;s intake date.</source>
        <translation>Tanggal sesi tidak boleh sebelum tanggal penerimaan kasus.</translation>
    </message>
    <message>
        <source>The next appointment must be after this session.</source>
        <translation>Janji temu berikutnya harus setelah sesi ini.</translation>
    </message>
    <message>
        <source>Unknown section of the note.</source>
        <translation>Bagian catatan tidak dikenal.</translation>
    </message>
    <message>
        <source>This appointment is for another case.</source>
        <translation>Janji temu ini untuk kasus lain.</translation>
    </message>
    <message>
        <source>This appointment is another counselor&apos;s; a session note can only record your own appointments.</source>
        <translation>Janji temu ini milik konselor lain; catatan sesi hanya dapat mencatat janji temu Anda sendiri.</translation>
    </message>
    <message>
        <source>Choose the structure of the note.</source>
        <translation>Pilih struktur catatan.</translation>
    </message>
    <message>
        <source>Choose the stage of the case.</source>
        <translation>Pilih tahap kasus.</translation>
    </message>
    <message>
        <source>A family member who attended was not found.</source>
        <translation>Anggota keluarga yang hadir tidak ditemukan.</translation>
    </message>
    <message>
        <source>A goal of the intervention plan was not found.</source>
        <translation>Tujuan rencana intervensi tidak ditemukan.</translation>
    </message>
    <message>
        <source>The appointment was not found for this client.</source>
        <translation>Janji temu tidak ditemukan untuk klien ini.</translation>
    </message>
    <message>
        <source>A name is at most {max} characters.</source>
        <translation>Nama paling panjang {max} karakter.</translation>
    </message>
    <message>
        <source>A nickname is at most {max} characters.</source>
        <translation>Nama panggilan paling panjang {max} karakter.</translation>
    </message>
    <message>
        <source>A family name is at most {max} characters.</source>
        <translation>Nama keluarga paling panjang {max} karakter.</translation>
    </message>
    <message>
        <source>The center&apos;s name is at most {max} characters.</source>
        <translation>Nama LK3 paling panjang {max} karakter.</translation>
    </message>
    <message>
        <source>A note is at most {max} characters.</source>
        <translation>Catatan paling panjang {max} karakter.</translation>
    </message>
    <message>
        <source>An appointment&apos;s note is at most {max} characters.</source>
        <translation>Catatan janji temu paling panjang {max} karakter.</translation>
    </message>
    <message>
        <source>A reason is at most {max} characters.</source>
        <translation>Alasan paling panjang {max} karakter.</translation>
    </message>
    <message>
        <source>A goal is at most {max} characters.</source>
        <translation>Tujuan paling panjang {max} karakter.</translation>
    </message>
    <message>
        <source>A place of birth is at most {max} characters.</source>
        <translation>Tempat lahir paling panjang {max} karakter.</translation>
    </message>
    <message>
        <source>An address is at most {max} characters.</source>
        <translation>Alamat paling panjang {max} karakter.</translation>
    </message>
    <message>
        <source>This field is at most {max} characters.</source>
        <translation>Isian ini paling panjang {max} karakter.</translation>
    </message>
    <message>
        <source>This text is at most {max} characters; split it into several notes.</source>
        <translation>Teks ini paling panjang {max} karakter; bagi menjadi beberapa catatan.</translation>
    </message>
    <message>
        <source>This draft is too large to be saved (more than {max} characters).</source>
        <translation>Draf ini terlalu besar untuk disimpan (lebih dari {max} karakter).</translation>
    </message>
    <message>
        <source>The note is too long (at most {max} characters).</source>
        <translation>Catatan terlalu panjang (paling banyak {max} karakter).</translation>
    </message>
    <message>
        <source>The interventions are too long (at most {max} characters).</source>
        <translation>Intervensi terlalu panjang (paling banyak {max} karakter).</translation>
    </message>
    <message>
        <source>The homework is too long (at most {max} characters).</source>
        <translation>Tugas rumah terlalu panjang (paling banyak {max} karakter).</translation>
    </message>
    <message>
        <source>The plan is too long (at most {max} characters).</source>
        <translation>Rencana terlalu panjang (paling banyak {max} karakter).</translation>
    </message>
    <message>
        <source>The addendum is too long (at most {max} characters).</source>
        <translation>Adendum terlalu panjang (paling banyak {max} karakter).</translation>
    </message>
    <message>
        <source>A photo is at most 5 MB.</source>
        <translation>Foto paling besar 5 MB.</translation>
    </message>
    <message>
        <source>This file is not a JPEG or PNG photo.</source>
        <translation>Berkas ini bukan foto JPEG atau PNG.</translation>
    </message>
    <message>
        <source>A date of birth cannot be before 1900.</source>
        <translation>Tanggal lahir tidak boleh sebelum tahun 1900.</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>Tanggal lahir tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>An intake date cannot be before 1950.</source>
        <translation>Tanggal penerimaan tidak boleh sebelum tahun 1950.</translation>
    </message>
    <message>
        <source>An intake date cannot be in the future.</source>
        <translation>Tanggal penerimaan tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>An appointment cannot be before 2000.</source>
        <translation>Janji temu tidak boleh sebelum tahun 2000.</translation>
    </message>
    <message>
        <source>An appointment is at most three years from today.</source>
        <translation>Janji temu paling jauh tiga tahun dari hari ini.</translation>
    </message>
    <message>
        <source>The referral was not found.</source>
        <translation>Rujukan tidak ditemukan.</translation>
    </message>
    <message>
        <source>Choose the partner organisation the client is referred to.</source>
        <translation>Pilih lembaga mitra tujuan rujukan.</translation>
    </message>
    <message>
        <source>Enter the letter&apos;s subject, for example “Rujukan Klien”.</source>
        <translation>Isi hal surat, misalnya “Rujukan Klien”.</translation>
    </message>
    <message>
        <source>The follow-up date cannot be in the past.</source>
        <translation>Tanggal tindak lanjut tidak boleh di masa lalu.</translation>
    </message>
    <message>
        <source>Unknown choice of the data to be shared.</source>
        <translation>Pilihan data yang dibagikan tidak dikenal.</translation>
    </message>
    <message>
        <source>A signed referral cannot be changed.</source>
        <translation>Rujukan yang sudah ditandatangani tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Only a draft can be submitted.</source>
        <translation>Hanya draf yang dapat diajukan.</translation>
    </message>
    <message>
        <source>Enter the reason for the referral before submitting it.</source>
        <translation>Isi alasan rujukan sebelum mengajukan.</translation>
    </message>
    <message>
        <source>Record the client&apos;s consent before submitting.</source>
        <translation>Catat persetujuan klien sebelum mengajukan.</translation>
    </message>
    <message>
        <source>Only a submitted referral can be returned to draft.</source>
        <translation>Hanya rujukan yang diajukan yang dapat dikembalikan ke draf.</translation>
    </message>
    <message>
        <source>At most {max} attachments.</source>
        <translation>Paling banyak {max} lampiran.</translation>
    </message>
    <message>
        <source>At most {max} copies (tembusan).</source>
        <translation>Paling banyak {max} tembusan.</translation>
    </message>
    <message>
        <source>Each attachment is at most 300 characters.</source>
        <translation>Setiap lampiran paling panjang 300 huruf.</translation>
    </message>
    <message>
        <source>Each copy (tembusan) is at most 300 characters.</source>
        <translation>Setiap tembusan paling panjang 300 huruf.</translation>
    </message>
    <message>
        <source>The letter&apos;s subject is at most {max} characters.</source>
        <translation>Hal surat paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>Enter a summary of the partner&apos;s reply (rujukan balik).</source>
        <translation>Isi ringkasan rujukan balik dari mitra.</translation>
    </message>
    <message>
        <source>The date of the reply cannot be in the future.</source>
        <translation>Tanggal rujukan balik tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Enter the reason for the cancellation.</source>
        <translation>Isi alasan pembatalan.</translation>
    </message>
    <message>
        <source>This status cannot be chosen from the current status.</source>
        <translation>Status ini tidak dapat dipilih dari status sekarang.</translation>
    </message>
    <message>
        <source>The date of the status change must lie between the letter&apos;s date and today.</source>
        <translation>Tanggal perubahan status harus antara tanggal surat dan hari ini.</translation>
    </message>
    <message>
        <source>A reply is recorded for a letter that has been sent.</source>
        <translation>Rujukan balik dicatat untuk surat yang sudah dikirim.</translation>
    </message>
    <message>
        <source>A referral with this status cannot be cancelled.</source>
        <translation>Rujukan dengan status ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>This referral has no signed letter yet.</source>
        <translation>Rujukan ini belum memiliki surat yang ditandatangani.</translation>
    </message>
    <message>
        <source>This letter has been cancelled and can no longer be printed.</source>
        <translation>Surat ini sudah dibatalkan dan tidak dapat dicetak lagi.</translation>
    </message>
    <message>
        <source>The file of this letter was deleted when the client&apos;s data was anonymised; its letter number stays recorded.</source>
        <translation>Berkas surat ini dihapus saat data klien dianonimkan; nomor suratnya tetap tercatat.</translation>
    </message>
    <message>
        <source>A verification code has 10 letters and digits.</source>
        <translation>Kode verifikasi terdiri dari 10 huruf dan angka.</translation>
    </message>
    <message>
        <source>The verification code holds a letter that is not used.</source>
        <translation>Kode verifikasi memuat huruf yang tidak dipakai.</translation>
    </message>
    <message>
        <source>The verification code is mistyped. Check every letter again.</source>
        <translation>Kode verifikasi salah ketik. Periksa lagi setiap huruf.</translation>
    </message>
    <message>
        <source>Only a submitted referral can be signed.</source>
        <translation>Hanya rujukan yang sudah diajukan yang dapat ditandatangani.</translation>
    </message>
    <message>
        <source>This referral does not hold the client&apos;s consent yet.</source>
        <translation>Rujukan ini belum memuat persetujuan klien.</translation>
    </message>
    <message>
        <source>Enter the LK3 code in the center&apos;s profile before signing letters.</source>
        <translation>Isi kode LK3 pada profil lembaga sebelum menandatangani surat.</translation>
    </message>
    <message>
        <source>Enter the name of the kind of organisation.</source>
        <translation>Nama jenis lembaga wajib diisi.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Nama lembaga wajib diisi.</translation>
    </message>
    <message>
        <source>Choose the kind of organisation.</source>
        <translation>Pilih jenis lembaga.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Alamat surel tidak valid.</translation>
    </message>
    <message>
        <source>A phone number holds only digits, spaces, +, - and ( ).</source>
        <translation>Nomor telepon hanya berisi angka, spasi, +, - dan ( ).</translation>
    </message>
    <message>
        <source>This kind of organisation already exists.</source>
        <translation>Jenis lembaga ini sudah ada.</translation>
    </message>
    <message>
        <source>The kind of organisation was not found.</source>
        <translation>Jenis lembaga tidak ditemukan.</translation>
    </message>
    <message>
        <source>An organisation with this name is already in the list.</source>
        <translation>Lembaga dengan nama ini sudah ada di daftar.</translation>
    </message>
    <message>
        <source>The organisation was not found.</source>
        <translation>Lembaga mitra tidak ditemukan.</translation>
    </message>
    <message>
        <source>Record an activity after it took place; its date cannot be in the future.</source>
        <translation>Catat kegiatan setelah terlaksana; tanggalnya tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Choose the kind of activity.</source>
        <translation>Pilih jenis kegiatan.</translation>
    </message>
    <message>
        <source>Enter the name of the activity.</source>
        <translation>Isi nama kegiatan.</translation>
    </message>
    <message>
        <source>Enter the number of participants.</source>
        <translation>Isi jumlah peserta kegiatan.</translation>
    </message>
    <message>
        <source>The activity was not found.</source>
        <translation>Kegiatan tidak ditemukan.</translation>
    </message>
    <message>
        <source>This activity has already been removed from the list.</source>
        <translation>Kegiatan ini sudah dihapus dari daftar.</translation>
    </message>
    <message>
        <source>Write the reason for removing this activity.</source>
        <translation>Tuliskan alasan menghapus kegiatan ini.</translation>
    </message>
    <message>
        <source>The number of participants is 0 or more.</source>
        <translation>Jumlah peserta berupa angka 0 atau lebih.</translation>
    </message>
    <message>
        <source>The name of the activity is at most {max} characters.</source>
        <translation>Nama kegiatan paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>The name of the place or partner is at most {max} characters.</source>
        <translation>Nama tempat atau mitra paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>At most {max} participants.</source>
        <translation>Jumlah peserta paling banyak {max}.</translation>
    </message>
    <message>
        <source>Unknown region code.</source>
        <translation>Kode wilayah tidak dikenal.</translation>
    </message>
    <message>
        <source>The region does not lie within the region above it.</source>
        <translation>Wilayah tidak sesuai dengan wilayah di atasnya.</translation>
    </message>
    <message>
        <source>A username has 3-32 characters: lowercase letters, digits, dots, underscores or hyphens, starting with a letter or digit.</source>
        <translation>Nama pengguna 3-32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits.</source>
        <translation>NIP harus 18 angka.</translation>
    </message>
    <message>
        <source>Enter the name of the LK3.</source>
        <translation>Nama LK3 wajib diisi.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>This data folder already holds an LK3 database.</source>
        <translation>Folder data ini sudah berisi basis data LK3.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>Kata sandi baru harus berbeda dari yang lama.</translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>Nama pengguna ini sudah dipakai.</translation>
    </message>
    <message>
        <source>The user was not found.</source>
        <translation>Pengguna tidak ditemukan.</translation>
    </message>
    <message>
        <source>Reactivate this account before resetting its password.</source>
        <translation>Aktifkan kembali akun ini sebelum mengatur ulang kata sandi.</translation>
    </message>
    <message>
        <source>The user was not found or is already inactive.</source>
        <translation>Pengguna tidak ditemukan atau sudah nonaktif.</translation>
    </message>
    <message>
        <source>The user was not found or is still active.</source>
        <translation>Pengguna tidak ditemukan atau masih aktif.</translation>
    </message>
    <message>
        <source>There must remain one active head of the center.</source>
        <translation>Harus tetap ada satu Kepala LK3 yang aktif.</translation>
    </message>
    <message>
        <source>This user already holds that role.</source>
        <translation>Pengguna ini sudah memegang peran tersebut.</translation>
    </message>
    <message>
        <source>This office seals records per person: type the card&apos;s second code too (the office recovery key).</source>
        <translation>Kantor ini menyegel catatan per orang: ketik juga kode kedua pada kartu (kunci pemulihan kantor).</translation>
    </message>
    <message>
        <source>A password has at least {min} characters.</source>
        <translation>Kata sandi minimal {min} karakter.</translation>
    </message>
    <message>
        <source>This password is one of the most often used.</source>
        <translation>Kata sandi ini termasuk yang paling sering dipakai orang.</translation>
    </message>
    <message>
        <source>This password is like passwords people often use.</source>
        <translation>Kata sandi ini mirip dengan kata sandi yang sering dipakai orang.</translation>
    </message>
    <message>
        <source>A password cannot hold the username, your name, the center&apos;s name, a region&apos;s name or a year.</source>
        <translation>Kata sandi tidak boleh memuat nama pengguna, nama Anda, nama lembaga, nama daerah, atau tahun.</translation>
    </message>
    <message>
        <source>The password holds a word often used as a password.</source>
        <translation>Kata sandi memuat kata yang umum dipakai sebagai kata sandi.</translation>
    </message>
    <message>
        <source>The password holds a common person&apos;s name.</source>
        <translation>Kata sandi memuat nama orang yang umum.</translation>
    </message>
    <message>
        <source>The password holds a common dictionary word.</source>
        <translation>Kata sandi memuat kata umum dari kamus.</translation>
    </message>
    <message>
        <source>A word spelled backwards is still easy to guess.</source>
        <translation>Kata yang dieja terbalik tetap mudah ditebak.</translation>
    </message>
    <message>
        <source>Replacing letters with similar digits or symbols (for example a with @) does not make a password much stronger.</source>
        <translation>Mengganti huruf dengan angka atau simbol yang mirip (misalnya a menjadi @) tidak membuat kata sandi jauh lebih kuat.</translation>
    </message>
    <message>
        <source>The password holds a date or year that is easy to guess.</source>
        <translation>Kata sandi memuat tanggal atau tahun yang mudah ditebak.</translation>
    </message>
    <message>
        <source>The password repeats letters or words, for example “aaa”.</source>
        <translation>Kata sandi memuat pengulangan huruf atau kata, misalnya “aaa”.</translation>
    </message>
    <message>
        <source>The password holds a sequence of letters or digits, for example “abc” or “123”.</source>
        <translation>Kata sandi memuat urutan huruf atau angka, misalnya “abc” atau “123”.</translation>
    </message>
    <message>
        <source>The password holds a keyboard pattern, for example “qwerty”.</source>
        <translation>Kata sandi memuat pola papan ketik, misalnya “qwerty”.</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>Kata sandi ini terlalu mudah ditebak.</translation>
    </message>
    <message>
        <source>Add one or two more words.</source>
        <translation>Tambahkan satu atau dua kata lagi.</translation>
    </message>
    <message>
        <source>Use three or four unrelated words, without names, dates or sequences.</source>
        <translation>Gunakan tiga atau empat kata yang tidak saling berhubungan, tanpa nama, tanggal, atau urutan.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas ini kosong.</translation>
    </message>
    <message>
        <source>The file is larger than {mib} MB. Scan it again at a lower resolution (150-200 dpi is enough for a document) or save it as a smaller PDF.</source>
        <translation>Berkas lebih besar dari {mib} MB. Pindai ulang dengan resolusi lebih rendah (150-200 dpi cukup untuk dokumen) atau simpan sebagai PDF yang lebih kecil.</translation>
    </message>
    <message>
        <source>Only PDF, JPEG and PNG files can be attached (checked by their content, not their name). Save or scan the document as one of these.</source>
        <translation>Hanya berkas PDF, JPEG dan PNG yang dapat dilampirkan (diperiksa dari isinya, bukan dari namanya). Simpan atau pindai dokumen dalam salah satu bentuk itu.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password. Save it without the password, then attach it.</source>
        <translation>PDF ini dikunci dengan kata sandi. Simpan tanpa kata sandi, lalu lampirkan.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be read. Scan or save it again.</source>
        <translation>PDF ini rusak dan tidak dapat dibaca. Pindai atau simpan ulang.</translation>
    </message>
    <message>
        <source>This picture is damaged and cannot be read. Take or save it again.</source>
        <translation>Gambar ini rusak dan tidak dapat dibaca. Foto atau simpan ulang.</translation>
    </message>
    <message>
        <source>Choose what kind of document this is.</source>
        <translation>Pilih jenis dokumen ini.</translation>
    </message>
    <message>
        <source>The document&apos;s date cannot be in the future.</source>
        <translation>Tanggal dokumen tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The record to attach to was not found for this client.</source>
        <translation>Catatan yang akan dilampiri tidak ditemukan pada klien ini.</translation>
    </message>
    <message>
        <source>The attached document was not found.</source>
        <translation>Berkas terlampir tidak ditemukan.</translation>
    </message>
    <message>
        <source>This document is enclosed with an issued referral letter and stays with it.</source>
        <translation>Dokumen ini menjadi lampiran surat rujukan yang sudah terbit dan tetap bersamanya.</translation>
    </message>
    <message>
        <source>Choose each document once, at most {max} documents.</source>
        <translation>Pilih setiap dokumen sekali saja, paling banyak {max} dokumen.</translation>
    </message>
    <message>
        <source>The letter has been issued with its list of enclosures; that list no longer changes.</source>
        <translation>Surat sudah terbit dengan daftar lampirannya; daftar itu tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>This document belongs to another case of the client.</source>
        <translation>Dokumen ini milik kasus lain dari klien ini.</translation>
    </message>
    <message>
        <source>This document is marked “jangan diungkap” and cannot go with a letter.</source>
        <translation>Dokumen ini ditandai “jangan diungkap” dan tidak dapat disertakan dengan surat.</translation>
    </message>
    <message>
        <source>The date of birth cannot be read; write it like 05/03/1988 or 5 Maret 1988.</source>
        <translation>Tanggal lahir tidak terbaca; tulis seperti 05/03/1988 atau 5 Maret 1988.</translation>
    </message>
    <message>
        <source>The date of birth is not a day of the calendar.</source>
        <translation>Tanggal lahir tidak ada di kalender.</translation>
    </message>
    <message>
        <source>The date of the first visit cannot be read; write it like 05/03/2024 or 5 Maret 2024.</source>
        <translation>Tanggal datang tidak terbaca; tulis seperti 05/03/2024 atau 5 Maret 2024.</translation>
    </message>
    <message>
        <source>The date of the first visit is not a day of the calendar.</source>
        <translation>Tanggal datang tidak ada di kalender.</translation>
    </message>
    <message>
        <source>The date of the first visit is empty, so no case can be opened.</source>
        <translation>Tanggal datang kosong, sehingga kasus tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The sex cannot be read; write L or P.</source>
        <translation>Jenis kelamin tidak dikenal; tulis L atau P.</translation>
    </message>
    <message>
        <source>The age cannot be read; write the years as a number, e.g. 35.</source>
        <translation>Umur tidak terbaca; tulis angka tahun, misalnya 35.</translation>
    </message>
    <message>
        <source>RT/RW cannot be read; write it like 003/005.</source>
        <translation>RT/RW tidak terbaca; tulis seperti 003/005.</translation>
    </message>
    <message>
        <source>The province is not in the Kemendagri region data; correct it, or answer the question to leave it empty.</source>
        <translation>Provinsi tidak ada di data wilayah Kemendagri; perbaiki tulisannya, atau jawab pertanyaannya untuk mengosongkannya.</translation>
    </message>
    <message>
        <source>The regency/city is not in the Kemendagri region data; correct it, or answer the question to leave it empty.</source>
        <translation>Kabupaten/kota tidak ada di data wilayah Kemendagri; perbaiki tulisannya, atau jawab pertanyaannya untuk mengosongkannya.</translation>
    </message>
    <message>
        <source>The district (kecamatan) is not in the Kemendagri region data; correct it, or answer the question to leave it empty.</source>
        <translation>Kecamatan tidak ada di data wilayah Kemendagri; perbaiki tulisannya, atau jawab pertanyaannya untuk mengosongkannya.</translation>
    </message>
    <message>
        <source>The village (desa/kelurahan) is not in the Kemendagri region data of its district; correct it, or answer the question to leave it empty.</source>
        <translation>Desa/kelurahan tidak ada di data wilayah Kemendagri untuk kecamatannya; perbaiki tulisannya, atau jawab pertanyaannya untuk mengosongkannya.</translation>
    </message>
    <message>
        <source>The province is not certain; perhaps {choices}. Choose the right one.</source>
        <translation>Provinsi belum pasti; mungkin {choices}. Pilih yang benar.</translation>
    </message>
    <message>
        <source>The regency/city is not certain; perhaps {choices}. Choose the right one.</source>
        <translation>Kabupaten/kota belum pasti; mungkin {choices}. Pilih yang benar.</translation>
    </message>
    <message>
        <source>The district (kecamatan) is not certain; perhaps {choices}. Choose the right one.</source>
        <translation>Kecamatan belum pasti; mungkin {choices}. Pilih yang benar.</translation>
    </message>
    <message>
        <source>The village (desa/kelurahan) is not certain; perhaps {choices}. Choose the right one.</source>
        <translation>Desa/kelurahan belum pasti; mungkin {choices}. Pilih yang benar.</translation>
    </message>
    <message>
        <source>The counselor is not recognised for certain; choose the account.</source>
        <translation>Konselor tidak dikenali dengan pasti; pilih akunnya.</translation>
    </message>
    <message>
        <source>If the NIK is right, fill in the column “Alasan NIK tetap disimpan” and import again.</source>
        <translation>Bila NIK memang benar, isi kolom “Alasan NIK tetap disimpan”, lalu impor lagi.</translation>
    </message>
    <message>
        <source>Possibly the same person as client no. {client}, already registered (same NIK); not merged. If it is someone else, write YA in the column “Bukan orang yang sama”.</source>
        <translation>Mungkin orang yang sama dengan klien no. {client} yang sudah terdaftar (NIK sama); tidak digabung. Bila orang lain, isi YA di kolom “Bukan orang yang sama”.</translation>
    </message>
    <message>
        <source>Possibly the same person as client no. {client}, already registered (same name and date of birth); not merged. If it is someone else, write YA in the column “Bukan orang yang sama”.</source>
        <translation>Mungkin orang yang sama dengan klien no. {client} yang sudah terdaftar (nama dan tanggal lahir sama); tidak digabung. Bila orang lain, isi YA di kolom “Bukan orang yang sama”.</translation>
    </message>
    <message>
        <source>Possibly the same person as row {row} of this file (same NIK); not merged. If it is someone else, write YA in the column “Bukan orang yang sama”.</source>
        <translation>Mungkin orang yang sama dengan baris {row} di berkas ini (NIK sama); tidak digabung. Bila orang lain, isi YA di kolom “Bukan orang yang sama”.</translation>
    </message>
    <message>
        <source>Possibly the same person as row {row} of this file (same name and date of birth); not merged. If it is someone else, write YA in the column “Bukan orang yang sama”.</source>
        <translation>Mungkin orang yang sama dengan baris {row} di berkas ini (nama dan tanggal lahir sama); tidak digabung. Bila orang lain, isi YA di kolom “Bukan orang yang sama”.</translation>
    </message>
    <message>
        <source>Choose the column that holds the client&apos;s name.</source>
        <translation>Pilih kolom yang berisi nama klien.</translation>
    </message>
    <message>
        <source>Choose a column with the date of birth, the age or the NIK.</source>
        <translation>Pilih kolom tanggal lahir, umur atau NIK.</translation>
    </message>
    <message>
        <source>Choose the column with the sex (or the NIK, which holds it).</source>
        <translation>Pilih kolom jenis kelamin (atau NIK, yang memuatnya).</translation>
    </message>
    <message>
        <source>To open cases, choose the column with the date of the first visit.</source>
        <translation>Untuk membuka kasus, pilih kolom tanggal datang.</translation>
    </message>
    <message>
        <source>The column “{column}” of the mapping file is not in the register.</source>
        <translation>Kolom “{column}” pada berkas pemetaan tidak ada di register.</translation>
    </message>
    <message>
        <source>The field “{field_key}” of the mapping file is not known.</source>
        <translation>Isian “{field_key}” pada berkas pemetaan tidak dikenal.</translation>
    </message>
    <message>
        <source>The mapping file {file} was not found.</source>
        <translation>Berkas pemetaan {file} tidak ditemukan.</translation>
    </message>
    <message>
        <source>The mapping file {file} is not valid JSON (line {line}).</source>
        <translation>Berkas pemetaan {file} bukan JSON yang benar (baris {line}).</translation>
    </message>
    <message>
        <source>The mapping file {file} must hold one JSON object.</source>
        <translation>Berkas pemetaan {file} harus berisi satu objek JSON.</translation>
    </message>
    <message>
        <source>{count} rows did not pass the checks and the import was to be all or nothing, so nothing was imported.</source>
        <translation>{count} baris tidak lolos pemeriksaan dan impor diminta semua atau tidak sama sekali, sehingga tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>No row is ready to import.</source>
        <translation>Tidak ada baris yang siap diimpor.</translation>
    </message>
    <message>
        <source>Since the preview was made, the person of row {row} has been registered; nothing was imported. Make the preview again.</source>
        <translation>Sejak pratinjau dibuat, orang di baris {row} sudah didaftarkan; tidak ada yang diimpor. Buat pratinjau lagi.</translation>
    </message>
    <message>
        <source>A counselor named in the register is no longer active since the preview was made; nothing was imported. Make the preview again.</source>
        <translation>Seorang konselor yang disebut di register tidak aktif lagi sejak pratinjau dibuat; tidak ada yang diimpor. Buat pratinjau lagi.</translation>
    </message>
    <message>
        <source>The end of the period cannot be before its start.</source>
        <translation>Akhir periode tidak boleh sebelum awalnya.</translation>
    </message>
    <message>
        <source>The assessment was not found.</source>
        <translation>Asesmen tidak ditemukan.</translation>
    </message>
    <message>
        <source>The file of this issued report does not match its fingerprint; do not send it. Run the integrity checks in Settings.</source>
        <translation>Berkas laporan terbit ini tidak cocok dengan sidiknya; jangan dikirim. Jalankan pemeriksaan integritas di Pengaturan.</translation>
    </message>
    <message>
        <source>This record is marked do-not-disclose and cannot be exported.</source>
        <translation>Catatan ini ditandai jangan diungkap dan tidak dapat diekspor.</translation>
    </message>
    <message>
        <source>The record was not found for this client.</source>
        <translation>Catatan tidak ditemukan pada klien ini.</translation>
    </message>
    <message>
        <source>A list must keep at least one active entry.</source>
        <translation>Daftar harus memiliki paling sedikit satu isian aktif.</translation>
    </message>
    <message>
        <source>The list of signers must hold different users.</source>
        <translation>Daftar penanda tangan harus berisi pengguna yang berbeda.</translation>
    </message>
    <message>
        <source>This draft raised a risk flag that has not been handled. Record the action taken before deleting it.</source>
        <translation>Draf ini memunculkan tanda risiko yang belum ditangani. Catat tindakan yang diambil sebelum menghapusnya.</translation>
    </message>
    <message>
        <source>The demo&apos;s data folder must be empty or not exist yet.</source>
        <translation>Folder data demo harus kosong atau belum ada.</translation>
    </message>
    <message>
        <source>Only active counselors can be given this authority.</source>
        <translation>Hanya konselor yang aktif dapat diberi wewenang.</translation>
    </message>
    <message>
        <source>Unknown instrument.</source>
        <translation>Instrumen tidak dikenal.</translation>
    </message>
    <message>
        <source>The list entry was not found.</source>
        <translation>Isian daftar tidak ditemukan.</translation>
    </message>
    <message>
        <source>Answer every question before signing.</source>
        <translation>Jawab semua pertanyaan sebelum menandatangani.</translation>
    </message>
    <message>
        <source>An answer does not fit the instrument&apos;s answer options.</source>
        <translation>Jawaban tidak sesuai dengan pilihan jawaban instrumen.</translation>
    </message>
    <message>
        <source>The number of automatic backups must be between 1 and 100.</source>
        <translation>Jumlah cadangan otomatis harus antara 1 dan 100.</translation>
    </message>
    <message>
        <source>Automatic locking must be between 1 and 240 minutes.</source>
        <translation>Kunci otomatis harus antara 1 dan 240 menit.</translation>
    </message>
    <message>
        <source>The issued report was not found.</source>
        <translation>Laporan terbit tidak ditemukan.</translation>
    </message>
    <message>
        <source>The retention period must be between 1 and 50 years.</source>
        <translation>Masa simpan harus antara 1 dan 50 tahun.</translation>
    </message>
    <message>
        <source>This name is already in the list.</source>
        <translation>Nama ini sudah ada di daftar.</translation>
    </message>
    <message>
        <source>The period number does not fit its kind of period.</source>
        <translation>Nomor periode tidak sesuai dengan jenis periodenya.</translation>
    </message>
    <message>
        <source>The backup reminder must be between 1 and 90 days.</source>
        <translation>Pengingat cadangan harus antara 1 dan 90 hari.</translation>
    </message>
    <message>
        <source>This period has not started yet.</source>
        <translation>Periode ini belum dimulai.</translation>
    </message>
    <message>
        <source>Choose the report&apos;s file format: PDF, XLSX or CSV.</source>
        <translation>Pilih bentuk berkas laporan: PDF, XLSX atau CSV.</translation>
    </message>
    <message>
        <source>Choose the record that must not be disclosed.</source>
        <translation>Pilih catatan yang tidak boleh diungkap.</translation>
    </message>
    <message>
        <source>Choose the data that must not be disclosed.</source>
        <translation>Pilih data yang tidak boleh diungkap.</translation>
    </message>
    <message>
        <source>Choose a complete folder for the automatic backups.</source>
        <translation>Pilih folder cadangan otomatis yang lengkap.</translation>
    </message>
    <message>
        <source>Choose the kind of assessment.</source>
        <translation>Pilih jenis asesmen.</translation>
    </message>
    <message>
        <source>Choose the kind of report period.</source>
        <translation>Pilih jenis periode laporan.</translation>
    </message>
    <message>
        <source>Choose the risk level (low, medium or high).</source>
        <translation>Pilih tingkat risiko (rendah, sedang, atau tinggi).</translation>
    </message>
    <message>
        <source>Hiding names is either yes or no.</source>
        <translation>Pilihan menyembunyikan nama harus ya atau tidak.</translation>
    </message>
    <message>
        <source>This client&apos;s record was merged into another; export from the record that was kept.</source>
        <translation>Rekam klien ini sudah digabung ke rekam lain; ekspor dari rekam yang dipertahankan.</translation>
    </message>
    <message>
        <source>A report covers at most five years.</source>
        <translation>Rentang laporan paling panjang lima tahun.</translation>
    </message>
    <message>
        <source>The report&apos;s year is not valid.</source>
        <translation>Tahun laporan tidak valid.</translation>
    </message>
    <message>
        <source>The mark was not found or has already been lifted.</source>
        <translation>Tanda ini tidak ditemukan atau sudah dicabut.</translation>
    </message>
    <message>
        <source>This risk flag has already been handled.</source>
        <translation>Tanda risiko ini sudah ditangani.</translation>
    </message>
    <message>
        <source>The risk flag was not found.</source>
        <translation>Tanda risiko tidak ditemukan.</translation>
    </message>
    <message>
        <source>The date of the assessment cannot be in the future.</source>
        <translation>Tanggal asesmen tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The number template keeps producing numbers already used; change the template in Settings.</source>
        <translation>Templat nomor terus menghasilkan nomor yang sudah dipakai; ubah templat di Pengaturan.</translation>
    </message>
    <message>
        <source>Write why this data must not be disclosed.</source>
        <translation>Tuliskan alasan data ini tidak boleh diungkap.</translation>
    </message>
    <message>
        <source>Write the action that was taken.</source>
        <translation>Tuliskan tindakan yang sudah diambil.</translation>
    </message>
    <message>
        <source>The date of the assessment cannot be before the case&apos;s intake date ({date}).</source>
        <translation>Tanggal asesmen tidak boleh sebelum tanggal penerimaan kasus ({date}).</translation>
    </message>
    <message>
        <source>Unknown domain of needs: {code}.</source>
        <translation>Ranah kebutuhan tidak dikenal: {code}.</translation>
    </message>
    <message>
        <source>Enter a name of at least {min} letters.</source>
        <translation>Nama harus diisi, paling sedikit {min} huruf.</translation>
    </message>
    <message>
        <source>The obstacles are at most {max} characters.</source>
        <translation>Kendala paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>The follow-up is at most {max} characters.</source>
        <translation>Tindak lanjut paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>The recommendations are at most {max} characters.</source>
        <translation>Rekomendasi paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>Choose how the head is named: Kepala or Ketua.</source>
        <translation>Pilih sebutan pimpinan: Kepala atau Ketua.</translation>
    </message>
    <message>
        <source>Choose whom the report goes to: Dinas Sosial of the regency/city or of the province.</source>
        <translation>Pilih tujuan laporan: Dinas Sosial Kabupaten/Kota atau Provinsi.</translation>
    </message>
    <message>
        <source>The parent agency&apos;s lines are lines of text.</source>
        <translation>Baris instansi induk harus berupa baris teks.</translation>
    </message>
    <message>
        <source>At most {max} lines for the parent agency.</source>
        <translation>Baris instansi induk paling banyak {max} baris.</translation>
    </message>
    <message>
        <source>Each line of the parent agency is at most {max} characters.</source>
        <translation>Setiap baris baris instansi induk paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>The copies (tembusan) are lines of text.</source>
        <translation>Tembusan harus berupa baris teks.</translation>
    </message>
    <message>
        <source>Each line of the copies (tembusan) is at most {max} characters.</source>
        <translation>Setiap baris tembusan paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>The city line is at most {max} characters.</source>
        <translation>Baris kota paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>The report&apos;s addressee is at most {max} characters.</source>
        <translation>Tujuan laporan paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>The number template is not valid: its braces do not pair up.</source>
        <translation>Templat nomor tidak valid: kurung kurawal tidak seimbang.</translation>
    </message>
    <message>
        <source>The number template holds an unknown field: {name}.</source>
        <translation>Templat nomor memuat kolom yang tidak dikenal: {name}.</translation>
    </message>
    <message>
        <source>The number template must hold {token} (the sequence number).</source>
        <translation>Templat nomor harus memuat {token} (nomor urut).</translation>
    </message>
    <message>
        <source>The number template may hold {token} only once.</source>
        <translation>Templat nomor hanya boleh memuat {token} satu kali.</translation>
    </message>
    <message>
        <source>The number template is not valid.</source>
        <translation>Templat nomor tidak valid.</translation>
    </message>
    <message>
        <source>Enter the number template.</source>
        <translation>Templat nomor wajib diisi.</translation>
    </message>
    <message>
        <source>A number template is at most {max} characters.</source>
        <translation>Templat nomor paling panjang {max} karakter.</translation>
    </message>
    <message>
        <source>The number template is not valid: check the formats inside the braces.</source>
        <translation>Templat nomor tidak valid: periksa format di dalam kurung kurawal.</translation>
    </message>
    <message>
        <source>The number template must hold {token}.</source>
        <translation>Templat nomor harus memuat {token}.</translation>
    </message>
    <message>
        <source>A number from this template can be longer than {max} characters; shorten it.</source>
        <translation>Nomor dari templat ini bisa lebih dari {max} karakter; persingkat.</translation>
    </message>
    <message>
        <source>A number template is text.</source>
        <translation>Templat nomor harus berupa teks.</translation>
    </message>
    <message>
        <source>Write at least one warning sign.</source>
        <translation>Tuliskan paling sedikit satu tanda bahaya.</translation>
    </message>
    <message>
        <source>Write at least one thing the client can do alone to calm down.</source>
        <translation>Tuliskan paling sedikit satu hal yang dapat dilakukan klien sendiri untuk menenangkan diri.</translation>
    </message>
    <message>
        <source>Row {row} has a number but no name.</source>
        <translation>Baris {row} berisi nomor tetapi tanpa nama.</translation>
    </message>
    <message>
        <source>Row {row} has no phone number to call.</source>
        <translation>Baris {row} belum berisi nomor telepon yang dapat dihubungi.</translation>
    </message>
    <message>
        <source>Name at least one professional or crisis service with the number to call.</source>
        <translation>Sebutkan paling sedikit satu tenaga profesional atau layanan krisis beserta nomor teleponnya.</translation>
    </message>
    <message>
        <source>A step of the plan holds at most {max} lines.</source>
        <translation>Satu langkah rencana berisi paling banyak {max} baris.</translation>
    </message>
    <message>
        <source>This safety plan no longer exists.</source>
        <translation>Rencana keselamatan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Sign the safety plan first; only a signed plan is printed.</source>
        <translation>Tandatangani rencana keselamatan terlebih dahulu; hanya rencana yang sudah ditandatangani yang dapat dicetak.</translation>
    </message>
    <message>
        <source>The client was anonymised; the plan&apos;s content was erased.</source>
        <translation>Klien sudah dianonimkan; isi rencana ini sudah dihapus.</translation>
    </message>
    <message>
        <source>Row {row} of the safety plan is not complete: fill in who, what and when.</source>
        <translation>Baris {row} rencana keselamatan belum lengkap: isi siapa, apa, dan kapan.</translation>
    </message>
    <message>
        <source>A high risk level needs a safety plan: who does what, and when.</source>
        <translation>Tingkat risiko tinggi memerlukan rencana keselamatan: siapa melakukan apa, dan kapan.</translation>
    </message>
    <message>
        <source>Write the counselor&apos;s conclusion.</source>
        <translation>Tulis kesimpulan konselor.</translation>
    </message>
    <message>
        <source>This client was merged into another client; anonymise the client it was merged into.</source>
        <translation>Klien ini sudah digabung ke klien lain; anonimkan klien tujuan penggabungan.</translation>
    </message>
    <message>
        <source>This client&apos;s data has already been anonymised.</source>
        <translation>Data klien ini sudah dianonimkan.</translation>
    </message>
    <message>
        <source>This client has no case yet, so the retention period cannot be counted.</source>
        <translation>Klien ini belum memiliki kasus, sehingga masa simpan belum dapat dihitung.</translation>
    </message>
    <message>
        <source>Case {case} is still open; anonymisation is only for clients whose cases are all closed (terminated).</source>
        <translation>Kasus {case} masih terbuka; anonimisasi hanya untuk klien yang semua kasusnya sudah ditutup (terminasi).</translation>
    </message>
    <message>
        <source>The retention period of {years} years since the last case was closed on {closed} ends only on {ends}.</source>
        <translation>Masa simpan {years} tahun sejak kasus terakhir ditutup pada {closed} baru berakhir pada {ends}.</translation>
    </message>
    <message>
        <source>A database of this name already exists on the server. Choose another name.</source>
        <translation>Basis data dengan nama ini sudah ada di server. Pilih nama lain.</translation>
    </message>
    <message>
        <source>This data folder already holds LK3 data. Enroll an empty or new folder.</source>
        <translation>Folder data ini sudah berisi data LK3. Daftarkan folder yang kosong atau baru.</translation>
    </message>
    <message>
        <source>This database on the server is not an LK3 database.</source>
        <translation>Basis data di server ini bukan basis data LK3.</translation>
    </message>
    <message>
        <source>The database on the server already holds work of an office. An office moves only into a new database made by lk3-desktop server init.</source>
        <translation>Basis data di server sudah berisi pekerjaan sebuah kantor. Kantor hanya dapat dipindahkan ke basis data baru yang dibuat dengan lk3-desktop server init.</translation>
    </message>
    <message>
        <source>After the move the server holds a different number of rows in: {tables}. Nothing of the office on this computer was changed; do not use the server&apos;s copy.</source>
        <translation>Setelah pemindahan, jumlah baris di server berbeda pada: {tables}. Data kantor di komputer ini tidak diubah; jangan gunakan salinan di server.</translation>
    </message>
    <message>
        <source>After the move the audit trail on the server does not verify. Nothing of the office on this computer was changed; do not use the server&apos;s copy.</source>
        <translation>Setelah pemindahan, jejak audit di server tidak lolos verifikasi. Data kantor di komputer ini tidak diubah; jangan gunakan salinan di server.</translation>
    </message>
    <message>
        <source>After the move a letter&apos;s stored PDF or its hash differs on the server. Nothing of the office on this computer was changed; do not use the server&apos;s copy.</source>
        <translation>Setelah pemindahan, PDF tersimpan sebuah surat atau hash-nya berbeda di server. Data kantor di komputer ini tidak diubah; jangan gunakan salinan di server.</translation>
    </message>
</context>
<context>
    <name>WorkPanel</name>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>Batalkan pekerjaan</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>Pesan impor</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>penggunaan: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>pilihan</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: galat: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak sah: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak sah: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>perlu satu nilai</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>paling banyak satu nilai</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>perlu paling sedikit satu nilai</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>perlu %s nilai</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>perlu %s nilai</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>salah satu dari argumen %s wajib diisi</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh dipakai bersama argumen %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>pilihan ambigu: %(option)s dapat berarti %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumen %r diabaikan</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>tidak dapat membuka &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
