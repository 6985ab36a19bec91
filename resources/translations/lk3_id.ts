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
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
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
    <name>ClientListModel</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n tahun</numerusform>
        </translation>
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
        <source>PMKS category</source>
        <translation>Kategori PMKS</translation>
    </message>
    <message>
        <source>All PMKS</source>
        <translation>Semua PMKS</translation>
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
        <source>Encrypted · device key</source>
        <translation>Terenkripsi · kunci perangkat</translation>
    </message>
    <message>
        <source>Encrypted · password only</source>
        <translation>Terenkripsi · kata sandi saja</translation>
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
        <source>The client register will be here: families and their members, cases with their registration numbers, assessments, session notes and referrals. It is being prepared.</source>
        <translation>Di sini akan tampil daftar klien: keluarga dan anggotanya, kasus beserta nomor registrasinya, asesmen, catatan sesi, dan rujukan. Fitur ini sedang disiapkan.</translation>
    </message>
    <message>
        <source>The schedule will be here: appointments with clients per counselor and day, with no-shows marked. It is being prepared.</source>
        <translation>Di sini akan tampil jadwal: janji temu dengan klien per konselor dan per hari, termasuk tanda tidak hadir. Fitur ini sedang disiapkan.</translation>
    </message>
    <message>
        <source>Referrals will be here: referral letters to partner institutions, drafted by counselors and signed by the head of the center. It is being prepared.</source>
        <translation>Di sini akan tampil rujukan: surat rujukan ke lembaga mitra, disusun oleh konselor dan ditandatangani Kepala LK3. Fitur ini sedang disiapkan.</translation>
    </message>
    <message>
        <source>Reports will be here: the periodic report for the social affairs office (Dinas Sosial), counted from the records. It is being prepared.</source>
        <translation>Di sini akan tampil laporan: laporan berkala untuk Dinas Sosial, dihitung dari catatan yang ada. Fitur ini sedang disiapkan.</translation>
    </message>
    <message>
        <source>Settings are being prepared.</source>
        <translation>Pengaturan sedang disiapkan.</translation>
    </message>
    <message>
        <source>Client search arrives together with the client register.</source>
        <translation>Pencarian klien akan tersedia bersama daftar klien.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Terlalu banyak percobaan gagal. Coba lagi dalam %n detik.</numerusform>
        </translation>
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
        <source>This folder does not hold a readable LK3 database.</source>
        <translation>Folder ini tidak berisi basis data LK3 yang dapat dibaca.</translation>
    </message>
    <message>
        <source>The data folder does not exist.</source>
        <translation>Folder data tidak ditemukan.</translation>
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
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Berkas basis data rusak. Pulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing already saved was lost.</source>
        <translation>Disk penuh. Kosongkan sebagian ruang; data yang sudah tersimpan tidak hilang.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Peran Anda tidak mengizinkan tindakan ini.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. It has been recorded without personal data.</source>
        <translation>Terjadi kesalahan tak terduga. Kesalahan ini dicatat tanpa data pribadi.</translation>
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
    <name>StartupWindow</name>
    <message>
        <source>Starting LK3 Desktop…</source>
        <translation>Memulai LK3 Desktop…</translation>
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
        <source>Deactivate account</source>
        <translation>Nonaktifkan akun</translation>
    </message>
    <message>
        <source>Deactivate the account of %1? From now on they can no longer sign in. Their records and the audit trail stay, and the account can be reactivated later with a new temporary password.</source>
        <translation>Nonaktifkan akun %1? Mulai sekarang ia tidak dapat masuk lagi. Catatan dan jejak auditnya tetap tersimpan, dan akun dapat diaktifkan kembali nanti dengan kata sandi sementara yang baru.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Deactivating the account…</source>
        <translation>Menonaktifkan akun…</translation>
    </message>
    <message>
        <source>Reactivating the account…</source>
        <translation>Mengaktifkan kembali akun…</translation>
    </message>
</context>
</TS>
